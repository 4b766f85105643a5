// Reads the app's own diagram export, `{ "title"?, "nodes": [...], "edges": [...] }`, with
// the same result shape as the Mermaid reader: a Diagram, or the line and what is wrong.

import {
  NODE_KINDS,
  type Diagram,
  type DiagramEdge,
  type DiagramNode,
  type NodeKind,
} from "./diagram";
import { isEdgeKind } from "./kinds";
import type { MermaidResult } from "./mermaid-parse";

class JsonShapeError extends Error {}

/**
 * Where JSON.parse gave up: the offset of the first character that is not valid JSON. Node's
 * messages carry a position only sometimes, so a small recursive descent finds it.
 */
function errorOffset(text: string): number {
  let i = 0;
  const space = (): void => {
    while (i < text.length && " \t\r\n".includes(text[i] as string)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const expect = (c: string): void => {
    space();
    if (text[i] !== c) fail();
    i++;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      space();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === "{") {
          space();
          if (text[i] !== '"') fail();
          value();
          expect(":");
        }
        value();
        space();
        if (text[i] === ",") i++;
        else return expect(close);
      }
    }
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      if (i >= text.length) fail();
      return void i++;
    }
    const literal = /^(true|false|null|-?\d+(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!literal) fail();
    i += literal?.[0].length ?? 0;
  };
  try {
    value();
    space();
    return i;
  } catch (offset) {
    return typeof offset === "number" ? offset : 0;
  }
}

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split("\n").length;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function text(value: unknown, where: string, fallback?: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value === undefined && fallback !== undefined) return fallback;
  throw new JsonShapeError(`${where} should be a string`);
}

function readNode(value: unknown, index: number): DiagramNode {
  const where = `nodes[${index}]`;
  if (!isObject(value)) throw new JsonShapeError(`${where} should be an object`);
  const id = text(value.id, `${where}.id`);
  const kind = text(value.kind, `${where}.kind`, "service");
  if (!(NODE_KINDS as readonly string[]).includes(kind))
    throw new JsonShapeError(`${where}.kind "${kind}" is not one of ${NODE_KINDS.join(", ")}`);
  const node: DiagramNode = {
    id,
    label: text(value.label, `${where}.label`, ""),
    kind: kind as NodeKind,
  };
  if (typeof value.x === "number" && typeof value.y === "number") {
    node.x = value.x;
    node.y = value.y;
  }
  return node;
}

function readEdge(value: unknown, index: number, ids: Set<string>): DiagramEdge {
  const where = `edges[${index}]`;
  if (!isObject(value)) throw new JsonShapeError(`${where} should be an object`);
  const from = text(value.from ?? value.source, `${where}.from`);
  const to = text(value.to ?? value.target, `${where}.to`);
  for (const end of [from, to])
    if (!ids.has(end))
      throw new JsonShapeError(`${where} refers to node "${end}", which is not in "nodes"`);
  const kind = text(value.kind, `${where}.kind`, "call");
  if (!isEdgeKind(kind)) throw new JsonShapeError(`${where}.kind "${kind}" is not an edge kind`);
  return {
    id: text(value.id, `${where}.id`, `e${index + 1}`),
    from,
    to,
    kind,
    label: text(value.label, `${where}.label`, ""),
  };
}

export function readDiagramJson(source: string): MermaidResult {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      line: lineAt(source, errorOffset(source)),
      message: `not valid JSON: ${message}`,
    };
  }
  try {
    if (!isObject(data) || !Array.isArray(data.nodes))
      throw new JsonShapeError('expected a diagram object with a "nodes" list');
    const nodes = data.nodes.map(readNode);
    const ids = new Set(nodes.map((n) => n.id));
    if (ids.size !== nodes.length) throw new JsonShapeError("two nodes have the same id");
    const edgesValue = data.edges ?? [];
    if (!Array.isArray(edgesValue)) throw new JsonShapeError('"edges" should be a list');
    const diagram: Diagram = { nodes, edges: edgesValue.map((e, i) => readEdge(e, i, ids)) };
    const title = typeof data.title === "string" ? data.title : undefined;
    return { ok: true, diagram, ...(title !== undefined ? { title } : {}) };
  } catch (error) {
    if (!(error instanceof JsonShapeError)) throw error;
    return { ok: false, line: 1, message: error.message };
  }
}
