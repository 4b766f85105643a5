// The fixed mapping between Mermaid's vocabulary and diagram kinds: which node shape stands
// for which kind of component, which class names name a kind, and which arrow styles and
// label words make an edge a read, a write, replication and so on. The reader and the
// writer both use these tables, so what is written reads back as the same kinds.

import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from "./diagram";

/** A Mermaid node shape, by the brackets around its label. */
export type Shape =
  | "rect"
  | "round"
  | "stadium"
  | "subroutine"
  | "cylinder"
  | "circle"
  | "double-circle"
  | "asymmetric"
  | "rhombus"
  | "hexagon"
  | "lean-right"
  | "lean-left"
  | "trapezoid"
  | "trapezoid-alt";

/** Opening and closing brackets; longer openings first so "[(" wins over "[". */
export const SHAPE_BRACKETS: readonly { shape: Shape; open: string; close: string }[] = [
  { shape: "double-circle", open: "(((", close: ")))" },
  { shape: "circle", open: "((", close: "))" },
  { shape: "stadium", open: "([", close: "])" },
  { shape: "cylinder", open: "[(", close: ")]" },
  { shape: "subroutine", open: "[[", close: "]]" },
  { shape: "hexagon", open: "{{", close: "}}" },
  { shape: "lean-right", open: "[/", close: "/]" },
  { shape: "trapezoid", open: "[/", close: "\\]" },
  { shape: "lean-left", open: "[\\", close: "\\]" },
  { shape: "trapezoid-alt", open: "[\\", close: "/]" },
  { shape: "round", open: "(", close: ")" },
  { shape: "rect", open: "[", close: "]" },
  { shape: "rhombus", open: "{", close: "}" },
  { shape: "asymmetric", open: ">", close: "]" },
];

/** What a shape means when no class says otherwise. */
export const SHAPE_KINDS: Record<Shape, NodeKind> = {
  rect: "service",
  round: "service",
  rhombus: "service",
  trapezoid: "service",
  "trapezoid-alt": "service",
  cylinder: "datastore",
  hexagon: "queue",
  asymmetric: "queue",
  "lean-right": "cache",
  "lean-left": "cache",
  subroutine: "external",
  stadium: "client",
  circle: "team",
  "double-circle": "team",
};

/** The one shape the writer uses for each kind (each maps back to its kind above). */
export const KIND_SHAPES: Record<NodeKind, Shape> = {
  service: "rect",
  datastore: "cylinder",
  queue: "hexagon",
  cache: "lean-right",
  external: "subroutine",
  client: "stadium",
  team: "circle",
};

/** Shape names of Mermaid's `id@{ shape: … }` syntax (v11), with their short aliases. */
const SHAPE_NAMES: Record<string, Shape> = {
  rect: "rect",
  rectangle: "rect",
  proc: "rect",
  process: "rect",
  rounded: "round",
  event: "round",
  stadium: "stadium",
  pill: "stadium",
  terminal: "stadium",
  subproc: "subroutine",
  subprocess: "subroutine",
  subroutine: "subroutine",
  "fr-rect": "subroutine",
  "framed-rectangle": "subroutine",
  cyl: "cylinder",
  cylinder: "cylinder",
  database: "cylinder",
  db: "cylinder",
  "h-cyl": "cylinder",
  das: "cylinder",
  "lin-cyl": "cylinder",
  "disk-storage": "cylinder",
  circle: "circle",
  circ: "circle",
  "sm-circ": "circle",
  "dbl-circ": "double-circle",
  "double-circle": "double-circle",
  "fr-circ": "double-circle",
  flag: "asymmetric",
  asym: "asymmetric",
  "paper-tape": "asymmetric",
  diam: "rhombus",
  diamond: "rhombus",
  decision: "rhombus",
  question: "rhombus",
  hex: "hexagon",
  hexagon: "hexagon",
  prepare: "hexagon",
  "lean-r": "lean-right",
  "lean-right": "lean-right",
  "in-out": "lean-right",
  "lean-l": "lean-left",
  "lean-left": "lean-left",
  "out-in": "lean-left",
  "trap-b": "trapezoid",
  trapezoid: "trapezoid",
  priority: "trapezoid",
  "trap-t": "trapezoid-alt",
  "inv-trapezoid": "trapezoid-alt",
  manual: "trapezoid-alt",
};

export function shapeNamed(name: string): Shape | undefined {
  return Object.hasOwn(SHAPE_NAMES, name) ? SHAPE_NAMES[name] : undefined;
}

/** Class names (`:::db`, `class a,b db`) that name a kind, besides the kinds themselves. */
const CLASS_KINDS: Record<string, NodeKind> = {
  db: "datastore",
  database: "datastore",
  store: "datastore",
  storage: "datastore",
  mq: "queue",
  topic: "queue",
  stream: "queue",
  broker: "queue",
  ext: "external",
  thirdparty: "external",
  "third-party": "external",
  saas: "external",
  vendor: "external",
  user: "client",
  browser: "client",
  frontend: "client",
  person: "team",
  people: "team",
  human: "team",
};

export function kindOfClass(name: string): NodeKind | undefined {
  const lower = name.toLowerCase();
  if ((NODE_KINDS as readonly string[]).includes(lower)) return lower as NodeKind;
  return Object.hasOwn(CLASS_KINDS, lower) ? CLASS_KINDS[lower] : undefined;
}

export function isEdgeKind(name: string): name is EdgeKind {
  return (EDGE_KINDS as readonly string[]).includes(name);
}

/** How an arrow is drawn: -->, -.-> (dotted), ==> (thick). */
export type ArrowStyle = "normal" | "dotted" | "thick";

// Label words, strongest first: "streaming replication" is replication even though it
// streams, "reads and writes" is a read.
const LABEL_WORDS: readonly [RegExp, EdgeKind][] = [
  [/replicat/, "replication"],
  [/\b(depends?|dependency|requires?|needs)\b/, "depends"],
  [/\b(reads?|reading|gets?|fetch(es)?|query|queries|select|loads?|look ?ups?)\b/, "read"],
  [/\b(writes?|writing|inserts?|updates?|stores?|saves?|persists?|deletes?)\b/, "write"],
  [
    /\b(publish(es)?|emits?|enqueues?|produces?|consumes?|subscribes?|events?|messages?|async|notif(y|ies))\b/,
    "async",
  ],
];

/** The kind an edge has by its arrow and label: label words first, then a dotted arrow. */
export function inferEdgeKind(style: ArrowStyle, label: string): EdgeKind {
  const words = label.toLowerCase();
  for (const [pattern, kind] of LABEL_WORDS) if (pattern.test(words)) return kind;
  return style === "dotted" ? "async" : "call";
}

/** The arrow the writer draws for a kind (anything not listed is a plain -->). */
export function arrowStyleOf(kind: EdgeKind): ArrowStyle {
  return kind === "async" ? "dotted" : kind === "replication" ? "thick" : "normal";
}
