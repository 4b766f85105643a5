// The comparison engine: several people's diagrams and the observed system side by side.
// Components are matched by normalised name and aliases; the result is a matrix of
// components and edges (who drew each, whether the traces show it) and the divergences a
// review looks at. Pure and deterministic: the order of the diagrams does not matter.

import { nodeName, type Diagram, type EdgeKind, type NodeKind } from "./diagram";
import { aliasResolver } from "./names";
import { byText } from "./order";
import type { Observed } from "./observed";

export { diffDiagrams, type DiagramDiff } from "./diff-diagrams";
export { observedFromEdges, type Observed, type ObservedEdge } from "./observed";

export interface ModelDiagram {
  /** Stable id of the diagram (its file path in the CLI, its row id in the app). */
  id: string;
  /** Whose and when, for people: "Alice, when paged". */
  label: string;
  diagram: Diagram;
}

export interface CompareInput {
  diagrams: readonly ModelDiagram[];
  /** The system as the traces show it; without it nothing counts as observed or hidden. */
  observed?: Observed;
  aliases?: readonly (readonly [string, string])[];
}

export interface ComparedComponent {
  key: string;
  /** The observed service's name when observed, else the label most diagrams use. */
  name: string;
  drawnBy: string[];
  observed: boolean;
  calls?: number;
  errors?: number;
  /** What each diagram called it (names joined by " / " when one diagram drew it twice). */
  labels: Record<string, string>;
  kinds: Record<string, NodeKind>;
  /** Share of the sources (diagrams, plus the traces) that show it: 0..1. */
  agreement: number;
}

export interface ComparedEdge {
  from: string;
  to: string;
  fromKey: string;
  toKey: string;
  drawnBy: string[];
  observed: boolean;
  calls?: number;
  errors?: number;
  kinds: Record<string, EdgeKind[]>;
  labels: Record<string, string[]>;
  agreement: number;
}

export interface DirectionDisagreement {
  /** The pair, in name order; "forward" is a → b. */
  a: string;
  b: string;
  forward: { drawnBy: string[]; observed: boolean };
  backward: { drawnBy: string[]; observed: boolean };
}

export interface Comparison {
  diagrams: { id: string; label: string }[];
  hasObserved: boolean;
  components: ComparedComponent[];
  edges: ComparedEdge[];
  /** Observed calls nobody drew. */
  hiddenDependencies: { from: string; to: string; calls: number; errors: number }[];
  /** Observed services nobody drew. */
  hiddenComponents: { name: string; calls: number; errors: number }[];
  /** Drawn edges the traces never showed (only with observed data). */
  unobservedEdges: { from: string; to: string; drawnBy: string[] }[];
  /** Components some but not all diagrams have (with two diagrams or more). */
  onlySome: { name: string; drawnBy: string[] }[];
  onlySomeEdges: { from: string; to: string; drawnBy: string[] }[];
  directionDisagreements: DirectionDisagreement[];
}

/** The most frequent of some names, the first in code-point order among equals. */
function mostCommon(names: Iterable<[string, number]>): string {
  let best: [string, number] | undefined;
  for (const [name, weight] of names)
    if (!best || weight > best[1] || (weight === best[1] && name < best[0])) best = [name, weight];
  return best?.[0] ?? "";
}

interface ComponentDraft {
  labels: Map<string, string[]>;
  kinds: Map<string, NodeKind>;
  observedNames: Map<string, number>;
  calls: number;
  errors: number;
  observed: boolean;
}

interface EdgeDraft {
  kinds: Map<string, Set<EdgeKind>>;
  labels: Map<string, Set<string>>;
  observed: boolean;
  calls: number;
  errors: number;
}

const sortedRecord = <T>(map: Map<string, T>, value: (v: T) => unknown = (v) => v) =>
  Object.fromEntries([...map].sort(([a], [b]) => byText(a, b)).map(([k, v]) => [k, value(v)]));

export function compareModels(input: CompareInput): Comparison {
  const resolver = aliasResolver(input.aliases ?? []);
  const diagrams = [...input.diagrams].sort((a, b) => byText(a.id, b.id));
  const components = new Map<string, ComponentDraft>();
  const edges = new Map<string, EdgeDraft>();
  const component = (key: string): ComponentDraft => {
    let draft = components.get(key);
    if (!draft) {
      draft = {
        labels: new Map(),
        kinds: new Map(),
        observedNames: new Map(),
        calls: 0,
        errors: 0,
        observed: false,
      };
      components.set(key, draft);
    }
    return draft;
  };
  // Keys joined by a character no normalised name holds.
  const edgeKey = (from: string, to: string): string => `${from}\u0000${to}`;
  const edge = (from: string, to: string): EdgeDraft => {
    const key = edgeKey(from, to);
    let draft = edges.get(key);
    if (!draft) {
      draft = { kinds: new Map(), labels: new Map(), observed: false, calls: 0, errors: 0 };
      edges.set(key, draft);
    }
    return draft;
  };

  // Each diagram's nodes and edges, by component key; an edge inside one component is a
  // self-loop and is left out everywhere, drawn or observed.
  for (const { id, diagram } of diagrams) {
    const keyOfNode = new Map<string, string>();
    const drawNode = (name: string, kind: NodeKind): string => {
      const key = resolver.key(name);
      const draft = component(key);
      const labels = draft.labels.get(id) ?? [];
      if (!labels.includes(name)) labels.push(name);
      draft.labels.set(id, labels);
      if (!draft.kinds.has(id)) draft.kinds.set(id, kind);
      return key;
    };
    for (const node of diagram.nodes) keyOfNode.set(node.id, drawNode(nodeName(node), node.kind));
    for (const e of diagram.edges) {
      // An edge to an undeclared node draws that node, named by its id (as Mermaid does).
      const from = keyOfNode.get(e.from) ?? drawNode(e.from, "service");
      const to = keyOfNode.get(e.to) ?? drawNode(e.to, "service");
      if (from === to) continue;
      const draft = edge(from, to);
      draft.kinds.set(id, (draft.kinds.get(id) ?? new Set()).add(e.kind));
      const labels = draft.labels.get(id) ?? new Set<string>();
      if (e.label.trim() !== "") labels.add(e.label.trim());
      draft.labels.set(id, labels);
    }
  }

  const observed = input.observed;
  if (observed) {
    const see = (name: string, calls: number, errors: number): string => {
      const key = resolver.key(name);
      const draft = component(key);
      draft.observed = true;
      draft.observedNames.set(name, (draft.observedNames.get(name) ?? 0) + calls + 1);
      draft.calls += calls;
      draft.errors += errors;
      return key;
    };
    for (const s of observed.services) see(s.name, s.calls, s.errors);
    for (const e of observed.edges) {
      const [from, to] = [see(e.from, 0, 0), see(e.to, 0, 0)];
      if (from === to) continue;
      const draft = edge(from, to);
      draft.observed = true;
      draft.calls += e.calls;
      draft.errors += e.errors;
    }
  }

  const sources = diagrams.length + (observed ? 1 : 0);
  const agreement = (drawers: number, isObserved: boolean): number =>
    sources === 0 ? 0 : (drawers + (isObserved ? 1 : 0)) / sources;

  const nameOf = new Map<string, string>();
  const comparedComponents: ComparedComponent[] = [...components].map(([key, c]) => {
    const counts = new Map<string, number>();
    for (const labels of c.labels.values())
      for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
    const name = c.observed ? mostCommon(c.observedNames) : mostCommon(counts) || key;
    nameOf.set(key, name);
    const drawnBy = [...c.labels.keys()].sort(byText);
    return {
      key,
      name,
      drawnBy,
      observed: c.observed,
      ...(c.observed ? { calls: c.calls, errors: c.errors } : {}),
      labels: sortedRecord(c.labels, (l) => [...l].sort(byText).join(" / ")) as Record<
        string,
        string
      >,
      kinds: sortedRecord(c.kinds) as Record<string, NodeKind>,
      agreement: agreement(drawnBy.length, c.observed),
    };
  });
  comparedComponents.sort(
    (a, b) =>
      byText(a.name.toLowerCase(), b.name.toLowerCase()) ||
      byText(a.name, b.name) ||
      byText(a.key, b.key),
  );

  const comparedEdges: ComparedEdge[] = [...edges].map(([key, e]) => {
    const [fromKey, toKey] = key.split("\u0000") as [string, string];
    const drawnBy = [...e.kinds.keys()].sort(byText);
    return {
      from: nameOf.get(fromKey) ?? fromKey,
      to: nameOf.get(toKey) ?? toKey,
      fromKey,
      toKey,
      drawnBy,
      observed: e.observed,
      ...(e.observed ? { calls: e.calls, errors: e.errors } : {}),
      kinds: sortedRecord(e.kinds, (k) => [...k].sort(byText)) as Record<string, EdgeKind[]>,
      labels: sortedRecord(e.labels, (l) => [...l].sort(byText)) as Record<string, string[]>,
      agreement: agreement(drawnBy.length, e.observed),
    };
  });
  const edgeOrder = (a: { from: string; to: string }, b: { from: string; to: string }): number =>
    byText(a.from.toLowerCase(), b.from.toLowerCase()) ||
    byText(a.from, b.from) ||
    byText(a.to.toLowerCase(), b.to.toLowerCase()) ||
    byText(a.to, b.to);
  comparedEdges.sort(
    (a, b) => edgeOrder(a, b) || byText(a.fromKey, b.fromKey) || byText(a.toKey, b.toKey),
  );

  const drawnSomewhere = diagrams.length > 0;
  const isPartial = (n: number): boolean => diagrams.length > 1 && n > 0 && n < diagrams.length;
  const byPair = new Map(comparedEdges.map((e) => [edgeKey(e.fromKey, e.toKey), e]));
  const directionDisagreements: DirectionDisagreement[] = [];
  for (const e of comparedEdges) {
    const reverse = byPair.get(edgeKey(e.toKey, e.fromKey));
    if (!reverse || edgeOrder(e, reverse) > 0) continue;
    // Each source's set of directions for this pair; sources that show the pair must agree.
    const directions = (id: string | null): string => {
      const has = (x: ComparedEdge): boolean => (id === null ? x.observed : x.drawnBy.includes(id));
      return `${has(e) ? ">" : ""}${has(reverse) ? "<" : ""}`;
    };
    const seen = new Set(
      [...diagrams.map((d) => directions(d.id)), ...(observed ? [directions(null)] : [])].filter(
        (d) => d !== "",
      ),
    );
    if (seen.size > 1)
      directionDisagreements.push({
        a: e.from,
        b: e.to,
        forward: { drawnBy: e.drawnBy, observed: e.observed },
        backward: { drawnBy: reverse.drawnBy, observed: reverse.observed },
      });
  }

  return {
    diagrams: diagrams.map(({ id, label }) => ({ id, label })),
    hasObserved: observed !== undefined,
    components: comparedComponents,
    edges: comparedEdges,
    hiddenDependencies: drawnSomewhere
      ? comparedEdges
          .filter((e) => e.observed && e.drawnBy.length === 0)
          .map((e) => ({ from: e.from, to: e.to, calls: e.calls ?? 0, errors: e.errors ?? 0 }))
      : [],
    hiddenComponents: drawnSomewhere
      ? comparedComponents
          .filter((c) => c.observed && c.drawnBy.length === 0)
          .map((c) => ({ name: c.name, calls: c.calls ?? 0, errors: c.errors ?? 0 }))
      : [],
    unobservedEdges: observed
      ? comparedEdges
          .filter((e) => !e.observed && e.drawnBy.length > 0)
          .map((e) => ({ from: e.from, to: e.to, drawnBy: e.drawnBy }))
      : [],
    onlySome: comparedComponents
      .filter((c) => isPartial(c.drawnBy.length))
      .map((c) => ({ name: c.name, drawnBy: c.drawnBy })),
    onlySomeEdges: comparedEdges
      .filter((e) => isPartial(e.drawnBy.length))
      .map((e) => ({ from: e.from, to: e.to, drawnBy: e.drawnBy })),
    directionDisagreements,
  };
}
