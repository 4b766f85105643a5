// The engine's modules import one another without cycles (type imports included): the
// line-format contract sits below both the context and the formats.

import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../../lib/ingest");

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return p.endsWith(".ts") ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const src = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of src.matchAll(/(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gs)) {
    const target = path.resolve(path.dirname(file), m[1] as string);
    if (existsSync(`${target}.ts`)) out.push(`${target}.ts`);
    else if (existsSync(path.join(target, "index.ts"))) out.push(path.join(target, "index.ts"));
  }
  return out;
}

/** Every cycle found by a depth-first walk, as "a.ts -> b.ts -> a.ts". */
function cyclesIn(graph: Map<string, string[]>): string[] {
  const state = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 1);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 1) {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        cycles.push(loop.map((f) => path.relative(ROOT, f)).join(" -> "));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 2);
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe("lib/ingest imports", () => {
  it("finds a cycle when there is one", () => {
    const graph = new Map([
      [`${ROOT}/a.ts`, [`${ROOT}/b.ts`]],
      [`${ROOT}/b.ts`, [`${ROOT}/a.ts`]],
    ]);
    expect(cyclesIn(graph)).toEqual(["a.ts -> b.ts -> a.ts"]);
  });

  it("has no import cycle", () => {
    const files = tsFiles(ROOT);
    expect(files.length).toBeGreaterThan(20);
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    expect(cyclesIn(graph)).toEqual([]);
  });
});
