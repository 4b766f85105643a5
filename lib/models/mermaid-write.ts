// Writes a Diagram as a Mermaid flowchart that real Mermaid renders and parseMermaid reads
// back to the same nodes (ids, labels, kinds) and edges (ends, kinds, labels). Node kinds
// travel as shapes; an edge kind its arrow and label would not imply travels as a
// `%% kind: …` comment on the line before it, which Mermaid ignores.

import type { Diagram, EdgeKind, NodeKind } from "./diagram";
import { encodeLabel } from "./label-text";
import { arrowStyleOf, inferEdgeKind, KIND_SHAPES, SHAPE_BRACKETS } from "./kinds";

export interface MermaidOptions {
  title?: string;
  /** TB, TD, BT, RL or LR; anything else writes LR. */
  direction?: string;
}

const DIRECTIONS = new Set(["TB", "TD", "BT", "RL", "LR"]);
const SAFE_ID = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Words Mermaid's flowchart grammar reserves; a node with such an id would break the chart. */
const RESERVED = new Set([
  "end",
  "subgraph",
  "graph",
  "flowchart",
  "direction",
  "style",
  "class",
  "classdef",
  "click",
  "linkstyle",
  "call",
  "href",
  "callback",
  "default",
  "interpolate",
  "acctitle",
  "accdescr",
]);

/** Mermaid-safe ids: a safe id is kept, others become a close safe spelling, unique. */
function safeIds(ids: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  const used = new Set<string>();
  const isUsable = (id: string): boolean =>
    SAFE_ID.test(id) && !RESERVED.has(id.toLowerCase()) && !used.has(id);
  for (const id of ids) {
    if (!isUsable(id) || result.has(id)) continue;
    result.set(id, id);
    used.add(id);
  }
  for (const id of ids) {
    if (result.has(id)) continue;
    let base = id.replace(/[^A-Za-z0-9_]/g, "_");
    if (!/^[A-Za-z_]/.test(base)) base = `n_${base}`;
    if (RESERVED.has(base.toLowerCase())) base = `${base}_`;
    let candidate = base;
    for (let n = 2; !isUsable(candidate); n++) candidate = `${base}_${n}`;
    result.set(id, candidate);
    used.add(candidate);
  }
  return result;
}

function nodeText(id: string, label: string, kind: NodeKind): string {
  if (label === "") return kind === "service" ? id : `${id}:::${kind}`;
  const brackets = SHAPE_BRACKETS.find((b) => b.shape === KIND_SHAPES[kind]);
  const [open, close] = brackets ? [brackets.open, brackets.close] : ["[", "]"];
  return `${id}${open}"${encodeLabel(label)}"${close}`;
}

const ARROWS = { normal: "-->", dotted: "-.->", thick: "==>" } as const;

function edgeLines(from: string, to: string, kind: EdgeKind, label: string): string[] {
  const style = arrowStyleOf(kind);
  const text = label === "" ? "" : `|"${encodeLabel(label)}"|`;
  const line = `    ${from} ${ARROWS[style]}${text} ${to}`;
  return inferEdgeKind(style, label) === kind ? [line] : [`    %% kind: ${kind}`, line];
}

/** Trimmed the way the reader trims, so the written label is the one read back. */
const clean = (label: string): string => label.replace(/\r\n?/g, "\n").trim();

export function toMermaid(diagram: Diagram, options: MermaidOptions = {}): string {
  const lines: string[] = [];
  if (options.title !== undefined && options.title.trim() !== "")
    lines.push("---", `title: ${JSON.stringify(options.title.trim())}`, "---");
  const direction = options.direction?.toUpperCase() ?? "LR";
  lines.push(`flowchart ${DIRECTIONS.has(direction) ? direction : "LR"}`);
  const ids = safeIds([
    ...diagram.nodes.map((n) => n.id),
    ...diagram.edges.flatMap((e) => [e.from, e.to]),
  ]);
  const idOf = (id: string): string => ids.get(id) ?? id;
  for (const node of diagram.nodes)
    lines.push(`    ${nodeText(idOf(node.id), clean(node.label), node.kind)}`);
  for (const edge of diagram.edges)
    lines.push(...edgeLines(idOf(edge.from), idOf(edge.to), edge.kind, clean(edge.label)));
  return `${lines.join("\n")}\n`;
}
