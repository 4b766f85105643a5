// One person's "before" and "after" diagrams as a diff: what they added, removed and
// redrew, with components matched by normalised name (and aliases) like the comparison.

import { nodeName, type Diagram, type EdgeKind, type NodeKind } from "./diagram";
import { aliasResolver } from "./names";
import { byText } from "./order";

export interface DiagramDiff {
  addedComponents: { key: string; name: string }[];
  removedComponents: { key: string; name: string }[];
  changedComponentKinds: { key: string; name: string; before: NodeKind; after: NodeKind }[];
  addedEdges: { from: string; to: string; kinds: EdgeKind[] }[];
  removedEdges: { from: string; to: string; kinds: EdgeKind[] }[];
  changedEdgeKinds: { from: string; to: string; before: EdgeKind[]; after: EdgeKind[] }[];
}

interface Indexed {
  components: Map<string, { name: string; kind: NodeKind }>;
  edges: Map<string, { from: string; to: string; kinds: EdgeKind[] }>;
}

function index(diagram: Diagram, key: (name: string) => string): Indexed {
  const components: Indexed["components"] = new Map();
  const keyOfNode = new Map<string, string>();
  const draw = (name: string, kind: NodeKind): string => {
    const k = key(name);
    if (!components.has(k)) components.set(k, { name, kind });
    return k;
  };
  for (const node of diagram.nodes) keyOfNode.set(node.id, draw(nodeName(node), node.kind));
  const kinds = new Map<string, Set<EdgeKind>>();
  const ends = new Map<string, [string, string]>();
  for (const e of diagram.edges) {
    const from = keyOfNode.get(e.from) ?? draw(e.from, "service");
    const to = keyOfNode.get(e.to) ?? draw(e.to, "service");
    if (from === to) continue;
    const pair = `${from}\u0000${to}`;
    kinds.set(pair, (kinds.get(pair) ?? new Set()).add(e.kind));
    ends.set(pair, [from, to]);
  }
  const edges: Indexed["edges"] = new Map();
  for (const [pair, [from, to]] of ends)
    edges.set(pair, { from, to, kinds: [...(kinds.get(pair) ?? [])].sort(byText) });
  return { components, edges };
}

export function diffDiagrams(
  before: Diagram,
  after: Diagram,
  aliases: readonly (readonly [string, string])[] = [],
): DiagramDiff {
  const resolver = aliasResolver(aliases);
  const a = index(before, (n) => resolver.key(n));
  const b = index(after, (n) => resolver.key(n));
  const nameOf = (key: string): string =>
    b.components.get(key)?.name ?? a.components.get(key)?.name ?? key;
  const named = (e: { from: string; to: string }) => ({ from: nameOf(e.from), to: nameOf(e.to) });
  const byName = (x: { name: string }, y: { name: string }): number => byText(x.name, y.name);
  const byEnds = (x: { from: string; to: string }, y: { from: string; to: string }): number =>
    byText(x.from, y.from) || byText(x.to, y.to);

  const diff: DiagramDiff = {
    addedComponents: [...b.components]
      .filter(([k]) => !a.components.has(k))
      .map(([key, c]) => ({ key, name: c.name }))
      .sort(byName),
    removedComponents: [...a.components]
      .filter(([k]) => !b.components.has(k))
      .map(([key, c]) => ({ key, name: c.name }))
      .sort(byName),
    changedComponentKinds: [],
    addedEdges: [...b.edges]
      .filter(([k]) => !a.edges.has(k))
      .map(([, e]) => ({ ...named(e), kinds: e.kinds }))
      .sort(byEnds),
    removedEdges: [...a.edges]
      .filter(([k]) => !b.edges.has(k))
      .map(([, e]) => ({ ...named(e), kinds: e.kinds }))
      .sort(byEnds),
    changedEdgeKinds: [],
  };
  for (const [key, c] of b.components) {
    const old = a.components.get(key);
    if (old && old.kind !== c.kind)
      diff.changedComponentKinds.push({ key, name: c.name, before: old.kind, after: c.kind });
  }
  diff.changedComponentKinds.sort(byName);
  for (const [pair, e] of b.edges) {
    const old = a.edges.get(pair);
    if (old && old.kinds.join() !== e.kinds.join())
      diff.changedEdgeKinds.push({ ...named(e), before: old.kinds, after: e.kinds });
  }
  diff.changedEdgeKinds.sort(byEnds);
  return diff;
}
