// Reads a Mermaid `flowchart`/`graph` into a Diagram: nodes with their labels and kinds,
// edges with their kinds and labels. Styling (classDef, style, linkStyle, click) is accepted
// and ignored; subgraphs keep their nodes. Anything it cannot read is reported with its
// 1-based line and never thrown. docs/models.md lists the subset and the kind mapping.

import type { Diagram, DiagramEdge, DiagramNode, EdgeKind, NodeKind } from "./diagram";
import { decodeLabel } from "./label-text";
import {
  inferEdgeKind,
  isEdgeKind,
  kindOfClass,
  SHAPE_BRACKETS,
  SHAPE_KINDS,
  shapeNamed,
  type ArrowStyle,
  type Shape,
} from "./kinds";

export type MermaidResult =
  | { ok: true; diagram: Diagram; title?: string; direction?: string }
  | { ok: false; line: number; message: string };

class MermaidError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const DIRECTIONS = ["TB", "TD", "BT", "RL", "LR"];
const HEADER = /^(flowchart-elk|flowchart|graph)(?:\s+(TB|TD|BT|RL|LR))?\s*(?:;(.*))?$/i;
const OTHER_DIAGRAM =
  /^(sequenceDiagram|classDiagram|stateDiagram(-v2)?|erDiagram|journey|gantt|pie|gitGraph|mindmap|timeline|quadrantChart|requirementDiagram|C4\w*|sankey(-beta)?|xychart(-beta)?|block(-beta)?|packet(-beta)?|architecture(-beta)?|kanban|radar(-beta)?)\b/;
const IGNORED = /^(classDef|style|linkStyle|click|accTitle|accDescr|callback)\b/;
/** `%% kind: read` just before an edge statement sets the kind of its edges. */
const KIND_PRAGMA = /^%%\s*kind:\s*([a-z]+)\s*$/;
const ID = /^[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*/u;

interface NodeDraft {
  label: string | undefined;
  shape: Shape | undefined;
  classKind: NodeKind | undefined;
}

interface Link {
  style: ArrowStyle | "invisible";
  isBidirectional: boolean;
  label: string;
}

/** A cursor over one statement. */
class Statement {
  position = 0;
  constructor(
    readonly text: string,
    readonly line: number,
  ) {}

  get rest(): string {
    return this.text.slice(this.position);
  }
  skipSpaces(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position] as string))
      this.position++;
  }
  isAtEnd(): boolean {
    this.skipSpaces();
    return this.position >= this.text.length;
  }
  fail(message: string): never {
    throw new MermaidError(this.line, message);
  }
  found(): string {
    const rest = this.rest.trim();
    if (rest === "") return "the end of the line";
    return `"${rest.length > 24 ? `${rest.slice(0, 24)}…` : rest}"`;
  }
}

/** Splits a line on `;` outside quotes, brackets and |edge labels|. */
function splitStatements(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = false;
  let pipe = false;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quote = !quote;
    else if (quote) continue;
    else if (c === "|") pipe = !pipe;
    else if (pipe) continue;
    else if (c === "[" || c === "(" || c === "{") depth++;
    else if ((c === "]" || c === ")" || c === "}") && depth > 0) depth--;
    else if (c === ";" && depth === 0 && !/#\w+$/.test(line.slice(start, i))) {
      parts.push(line.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(line.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/** Text up to `close`, quoted or not; the cursor ends after `close`. */
function readDelimited(s: Statement, closes: readonly string[], what: string): [string, string] {
  s.skipSpaces();
  if (s.rest.startsWith('"')) {
    const end = s.text.indexOf('"', s.position + 1);
    if (end < 0) s.fail(`the quoted ${what} is not closed (a " is missing)`);
    const raw = s.text.slice(s.position + 1, end);
    s.position = end + 1;
    s.skipSpaces();
    const close = closes.find((c) => s.rest.startsWith(c));
    if (close === undefined)
      s.fail(`expected ${closes.map((c) => `"${c}"`).join(" or ")} after the quoted ${what}`);
    s.position += close.length;
    return [decodeLabel(raw, true), close];
  }
  let best: [number, string] | undefined;
  for (const close of closes) {
    const at = s.text.indexOf(close, s.position);
    if (at >= 0 && (best === undefined || at < best[0])) best = [at, close];
  }
  if (best === undefined)
    s.fail(`the ${what} is not closed (expected ${closes.map((c) => `"${c}"`).join(" or ")})`);
  const raw = s.text.slice(s.position, best[0]);
  s.position = best[0] + best[1].length;
  return [decodeLabel(raw, false), best[1]];
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let isQuoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') isQuoted = !isQuoted;
    else if (text[i] === separator && !isQuoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** `{ shape: cyl, label: "Orders" }` after `id@`. */
function readShapeObject(s: Statement): { shape?: Shape; label?: string } {
  const end = s.text.indexOf("}", s.position);
  if (end < 0) s.fail('the shape object after "@{" is not closed with "}"');
  const body = s.text.slice(s.position + 2, end);
  s.position = end + 1;
  const result: { shape?: Shape; label?: string } = {};
  for (const pair of splitOutsideQuotes(body, ",")) {
    const match = /^\s*([\w-]+)\s*:\s*(.*?)\s*$/.exec(pair);
    if (!match) {
      if (pair.trim() === "") continue;
      s.fail(`cannot read "${pair.trim()}" in the shape object (expected key: value)`);
    }
    const [, key, value = ""] = match;
    const isQuoted = value.startsWith('"') && value.endsWith('"') && value.length >= 2;
    const text = isQuoted ? value.slice(1, -1) : value;
    if (key === "shape") {
      const shape = shapeNamed(text.toLowerCase());
      if (!shape) s.fail(`unknown shape "${text}"`);
      result.shape = shape;
    } else if (key === "label") result.label = decodeLabel(text, isQuoted);
  }
  return result;
}

class DiagramBuilder {
  readonly nodes = new Map<string, NodeDraft>();
  readonly edges: DiagramEdge[] = [];
  readonly classes: [string, NodeKind][] = [];
  readonly subgraphTitles = new Map<string, string>();

  touch(id: string): NodeDraft {
    let node = this.nodes.get(id);
    if (!node) {
      node = { label: this.subgraphTitles.get(id), shape: undefined, classKind: undefined };
      this.nodes.set(id, node);
    }
    return node;
  }

  build(): Diagram {
    for (const [id, kind] of this.classes) {
      const node = this.nodes.get(id);
      if (node) node.classKind = kind;
    }
    const nodes: DiagramNode[] = [...this.nodes].map(([id, n]) => ({
      id,
      label: n.label ?? "",
      kind: n.classKind ?? (n.shape ? SHAPE_KINDS[n.shape] : "service"),
    }));
    return { nodes, edges: this.edges };
  }
}

function readNode(s: Statement, builder: DiagramBuilder): string {
  s.skipSpaces();
  const match = ID.exec(s.rest);
  if (!match) s.fail(`expected a node id, found ${s.found()}`);
  const id = match[0];
  if (/^(end|subgraph)$/i.test(id)) s.fail(`"${id}" cannot be a node id in Mermaid`);
  s.position += id.length;
  const node = builder.touch(id);
  if (s.rest.startsWith("@{")) {
    const { shape, label } = readShapeObject(s);
    if (shape) node.shape = shape;
    if (label !== undefined) node.label = label;
  } else {
    const save = s.position;
    s.skipSpaces();
    const opening = SHAPE_BRACKETS.find((b) => s.rest.startsWith(b.open));
    if (opening) {
      const candidates = SHAPE_BRACKETS.filter((b) => b.open === opening.open);
      s.position += opening.open.length;
      const [label, close] = readDelimited(
        s,
        candidates.map((b) => b.close),
        `label of "${id}"`,
      );
      node.label = label;
      node.shape = candidates.find((b) => b.close === close)?.shape;
    } else s.position = save;
  }
  const classMatch = /^:::([\w-]+)/.exec(s.rest);
  if (classMatch) {
    s.position += classMatch[0].length;
    const kind = kindOfClass(classMatch[1] as string);
    if (kind) builder.classes.push([id, kind]);
  }
  return id;
}

function readGroup(s: Statement, builder: DiagramBuilder): string[] {
  const ids = [readNode(s, builder)];
  for (;;) {
    s.skipSpaces();
    if (!s.rest.startsWith("&")) return ids;
    s.position++;
    ids.push(readNode(s, builder));
  }
}

const hasHead = (c: string | undefined): boolean =>
  c === "<" || c === ">" || c === "x" || c === "o";
/** x and o only end an arrow when no word follows them (`--x B`, not `--xylophone`). */
const endsCleanly = (rest: string): boolean => rest === "" || !/^[\p{L}\p{N}_]/u.test(rest);

const FULL_LINKS: readonly [RegExp, ArrowStyle][] = [
  [/^([xo<]?)-{2,}([->xo])/, "normal"],
  [/^([xo<]?)={2,}([=>xo])/, "thick"],
  [/^([xo<]?)-?\.+-([>xo]?)/, "dotted"],
];
const TEXT_LINKS: readonly [RegExp, RegExp, ArrowStyle][] = [
  [/^([xo<]?)--(?![->])/, /--+([->xo])/, "normal"],
  [/^([xo<]?)==(?![=>])/, /==+([=>xo])/, "thick"],
  [/^([xo<]?)-\.(?![.-])/, /\.+-([>xo]?)/, "dotted"],
];

function readLink(s: Statement): Link | undefined {
  s.skipSpaces();
  s.position += /^[\p{L}\p{N}_]+@(?=[-=.<ox~])/u.exec(s.rest)?.[0].length ?? 0; // edge id
  const rest = s.rest;
  const invisible = /^~{3,}/.exec(rest);
  if (invisible) {
    s.position += invisible[0].length;
    return { style: "invisible", isBidirectional: false, label: readPipeLabel(s) };
  }
  for (const [pattern, style] of FULL_LINKS) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const right = m[2];
    if ((right === "x" || right === "o") && !endsCleanly(rest.slice(m[0].length))) continue;
    s.position += m[0].length;
    const isBidirectional = hasHead(m[1]) && hasHead(right);
    return { style, isBidirectional, label: readPipeLabel(s) };
  }
  for (const [open, close, style] of TEXT_LINKS) {
    const m = open.exec(rest);
    if (!m) continue;
    s.position += m[0].length;
    const after = s.rest;
    const end = close.exec(after);
    if (!end) s.fail(`the arrow text after "${m[0]}" has no closing arrow such as -->`);
    const raw = after.slice(0, end.index).trim();
    const isQuoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"');
    s.position += end.index + end[0].length;
    const label = decodeLabel(isQuoted ? raw.slice(1, -1) : raw, isQuoted);
    return { style, isBidirectional: hasHead(m[1]) && hasHead(end[1]), label };
  }
  return undefined;
}

function readPipeLabel(s: Statement): string {
  s.skipSpaces();
  if (!s.rest.startsWith("|")) return "";
  s.position++;
  const [label] = readDelimited(s, ["|"], "edge label");
  return label;
}

function readChain(s: Statement, builder: DiagramBuilder, pragma: EdgeKind | undefined): void {
  let from = readGroup(s, builder);
  while (!s.isAtEnd()) {
    const previous = from[from.length - 1] as string;
    const link = readLink(s);
    if (!link)
      s.fail(`expected an arrow such as -->, -.-> or ==> after "${previous}", found ${s.found()}`);
    if (s.isAtEnd()) s.fail(`the arrow after "${previous}" does not lead to a node`);
    const to = readGroup(s, builder);
    if (link.style !== "invisible") {
      const kind = pragma ?? inferEdgeKind(link.style, link.label);
      for (const a of from)
        for (const b of to) {
          const add = (x: string, y: string): void => {
            builder.edges.push({
              id: `e${builder.edges.length + 1}`,
              from: x,
              to: y,
              kind,
              label: link.label,
            });
          };
          add(a, b);
          if (link.isBidirectional) add(b, a);
        }
    }
    from = to;
  }
}

function readSubgraph(rest: string, line: number, builder: DiagramBuilder): void {
  const text = rest.trim();
  if (text === "") throw new MermaidError(line, "a subgraph needs a title or an id");
  const withTitle = /^([\p{L}\p{N}_.-]+)\s*\[\s*(.*?)\s*\]$/u.exec(text);
  if (withTitle) {
    const raw = withTitle[2] as string;
    const isQuoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"');
    const title = decodeLabel(isQuoted ? raw.slice(1, -1) : raw, isQuoted);
    builder.subgraphTitles.set(withTitle[1] as string, title);
  } else if (ID.exec(text)?.[0] === text) builder.subgraphTitles.set(text, text);
}

function readFrontMatter(lines: string[]): { title?: string; next: number } {
  if (lines[0]?.trim() !== "---") return { next: 0 };
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  if (end < 0) throw new MermaidError(1, 'the front matter opened with "---" is not closed');
  let title: string | undefined;
  for (const line of lines.slice(1, end)) {
    const m = /^title:\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const value = m[1] as string;
    if (value.startsWith('"')) {
      try {
        title = JSON.parse(value) as string;
      } catch {
        title = value.slice(1, value.endsWith('"') ? -1 : undefined);
      }
    } else if (value.startsWith("'") && value.endsWith("'") && value.length >= 2)
      title = value.slice(1, -1).replace(/''/g, "'");
    else title = value;
  }
  return { title, next: end + 1 };
}

function parse(text: string): MermaidResult {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const { title, next } = readFrontMatter(lines);
  const builder = new DiagramBuilder();
  let direction: string | undefined;
  let hasHeader = false;
  let depth: number[] = [];
  let pragma: EdgeKind | undefined;
  let skipUntilBrace = false;
  for (let i = next; i < lines.length; i++) {
    const number = i + 1;
    const line = (lines[i] as string).trim();
    if (skipUntilBrace) {
      skipUntilBrace = !line.includes("}");
      continue;
    }
    if (line === "") continue;
    if (line.startsWith("%%")) {
      const kind = KIND_PRAGMA.exec(line)?.[1];
      if (kind !== undefined && isEdgeKind(kind)) pragma = kind;
      continue;
    }
    let statements: string[];
    if (!hasHeader) {
      const header = HEADER.exec(line);
      if (!header) {
        const other = OTHER_DIAGRAM.exec(line)?.[0];
        throw new MermaidError(
          number,
          other
            ? `this is a Mermaid ${other}, not a flowchart: only "flowchart" and "graph" diagrams can be compared`
            : `expected a Mermaid flowchart starting with "flowchart LR" or "graph TD", found "${line.slice(0, 40)}"`,
        );
      }
      hasHeader = true;
      direction = header[2]?.toUpperCase();
      statements = splitStatements(header[3] ?? "");
    } else statements = IGNORED.test(line) ? [line] : splitStatements(line);
    for (const statement of statements) {
      const keyword = /^(\w+)/.exec(statement)?.[1] ?? "";
      if (keyword === "subgraph") {
        depth.push(number);
        readSubgraph(statement.slice("subgraph".length), number, builder);
      } else if (keyword === "end" && statement === "end") {
        if (depth.length === 0)
          throw new MermaidError(number, '"end" without a "subgraph" to close');
        depth = depth.slice(0, -1);
      } else if (keyword === "direction") {
        const value = statement.slice("direction".length).trim().toUpperCase();
        if (!DIRECTIONS.includes(value))
          throw new MermaidError(number, `unknown direction "${value}" (use TB, TD, BT, RL or LR)`);
      } else if (IGNORED.test(statement)) {
        if (/^accDescr\s*\{/.test(statement) && !statement.includes("}")) skipUntilBrace = true;
      } else if (keyword === "class") {
        const m = /^class\s+(\S+)\s+([\w-]+)\s*$/.exec(statement);
        if (!m) throw new MermaidError(number, 'expected "class id1,id2 className"');
        const kind = kindOfClass(m[2] as string);
        if (kind) for (const id of (m[1] as string).split(",")) builder.classes.push([id, kind]);
      } else readChain(new Statement(statement, number), builder, pragma);
      pragma = undefined;
    }
  }
  if (!hasHeader)
    throw new MermaidError(
      Math.max(1, lines.length),
      'no diagram: expected a Mermaid flowchart starting with "flowchart LR" or "graph TD"',
    );
  const open = depth[depth.length - 1];
  if (open !== undefined) throw new MermaidError(open, 'this subgraph is not closed with "end"');
  return {
    ok: true,
    diagram: builder.build(),
    ...(title !== undefined ? { title } : {}),
    ...(direction !== undefined ? { direction } : {}),
  };
}

/** Reads a Mermaid flowchart; never throws: unreadable input gives the line and why. */
export function parseMermaid(text: string): MermaidResult {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof MermaidError)
      return { ok: false, line: error.line, message: error.message };
    // A parser bug must still not escape as a stack trace to the person pasting a diagram.
    return { ok: false, line: 1, message: "this Mermaid could not be read" };
  }
}
