// `debrief models compare` on the sample diagrams and traces: the JSON the README documents,
// the readable matrix, and exit code 2 with the file and line for bad input.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { run } from "@/cli/commands/models";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/models");
const ALICE = path.join(FIXTURES, "alice-ledger-db.mmd");
const BOB = path.join(FIXTURES, "bob-payments-api.mmd");
const TRACES = ["jaeger.json", "zipkin-v2.json", "otlp-traces.json"].flatMap((f) => [
  "--traces",
  path.join(FIXTURES, f),
]);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  return { out: () => out.join(""), err: () => err.join("") };
}

const SCRATCH = mkdtempSync(path.join(tmpdir(), "debrief-models-"));
afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

interface Output {
  diagrams: string[];
  components: { name: string; drawnBy: string[]; observed: boolean }[];
  edges: { from: string; to: string; drawnBy: string[]; observed: boolean }[];
  hiddenDependencies: { from: string; to: string }[];
  unobservedEdges: { from: string; to: string; drawnBy: string[] }[];
  onlySome: { name: string; drawnBy: string[] }[];
}

describe("debrief models compare", () => {
  it("--json finds what the samples' README says", async () => {
    const io = capture();
    const argv = ["compare", BOB, ALICE, ...TRACES, "--alias", "Ledger DB primary=ledger-db"];
    expect(await run([...argv, "--json"])).toBe(0);
    const output = JSON.parse(io.out()) as Output;
    expect(output.diagrams).toEqual([BOB, ALICE]);
    const drew = (ids: string[]) => ids.map((id) => (id === ALICE ? "alice" : "bob"));
    expect(output.components.map((c) => [c.name, drew(c.drawnBy), c.observed])).toEqual([
      ["card-processor", [], true],
      ["checkout-web", ["bob"], true],
      ["flagd", ["bob"], false],
      ["ledger-db", ["alice", "bob"], true],
      ["ledger-db replica", ["alice"], false],
      ["payments-api", ["alice", "bob"], true],
      ["payments-worker", ["alice", "bob"], true],
      ["PgBouncer", ["alice"], false],
    ]);
    expect(output.hiddenDependencies).toMatchObject([
      { from: "payments-api", to: "card-processor" },
    ]);
    expect(output.unobservedEdges).toContainEqual({
      from: "payments-worker",
      to: "PgBouncer",
      drawnBy: [ALICE],
    });
    expect(output.unobservedEdges.map((e) => `${e.from}>${e.to}`)).not.toContain(
      "payments-worker>payments-api",
    );
    expect(output.onlySome.map((c) => [c.name, drew(c.drawnBy)])).toEqual([
      ["checkout-web", ["bob"]],
      ["flagd", ["bob"]],
      ["ledger-db replica", ["alice"]],
      ["PgBouncer", ["alice"]],
    ]);
    expect(output.edges).toContainEqual(
      expect.objectContaining({ from: "payments-worker", to: "payments-api", observed: true }),
    );
  });

  it("without the alias the primary is a component of its own", async () => {
    const io = capture();
    expect(await run(["compare", ALICE, BOB, ...TRACES, "--json"])).toBe(0);
    const names = (JSON.parse(io.out()) as Output).components.map((c) => c.name);
    expect(names).toContain("Ledger DB primary");
  });

  it("prints the matrix and the divergences", async () => {
    const io = capture();
    expect(
      await run(["compare", ALICE, BOB, ...TRACES, "--alias=Ledger DB primary=ledger-db"]),
    ).toBe(0);
    const text = io.out();
    expect(text).toMatch(/Components\s+\[1\]\s+\[2\]\s+traces/);
    expect(text).toMatch(/ {2}card-processor\s+\.\s+\.\s+yes, 1 call$/m);
    expect(text).toMatch(/Hidden dependencies[^\n]*\n\s+payments-api -> card-processor/);
    expect(text).toMatch(/PgBouncer\s+drawn by \[1\]/);
  });

  it("reads the app's JSON export", async () => {
    const file = path.join(SCRATCH, "mine.json");
    writeFileSync(
      file,
      JSON.stringify({
        nodes: [
          { id: "a", label: "payments api", kind: "service" },
          { id: "b", label: "card processor", kind: "external" },
        ],
        edges: [{ id: "e", from: "a", to: "b", kind: "call", label: "" }],
      }),
    );
    const io = capture();
    expect(await run(["compare", file, ...TRACES, "--json"])).toBe(0);
    expect((JSON.parse(io.out()) as Output).hiddenDependencies).not.toContainEqual(
      expect.objectContaining({ to: "card-processor" }),
    );
  });

  it.each([
    [[], "missing command"],
    [["compare"], "no diagram files"],
    [["draw", ALICE], 'unknown command "draw"'],
    [["compare", ALICE, "--bogus"], 'unknown option "--bogus"'],
    [["compare", ALICE, "--alias", "db1"], '--alias "db1" should be two names'],
    [["compare", ALICE, "--alias", "db1="], "should be two names"],
    [["compare", ALICE, "--traces"], "--traces needs a value"],
    [["compare", ALICE, ALICE], "given twice"],
    [["compare", path.join(FIXTURES, "missing.mmd")], 'cannot read "'],
    [["compare", path.join(FIXTURES, "README.md")], "README.md:1: expected a Mermaid flowchart"],
    [
      ["compare", ALICE, "--traces", path.join(FIXTURES, "README.md")],
      "README.md:1: no trace spans",
    ],
    [["compare", ALICE, "--traces", ALICE], "alice-ledger-db.mmd:1: no trace spans"],
  ])("%j exits 2 with a message", async (argv, message) => {
    const io = capture();
    expect(await run(argv)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.err()).not.toMatch(/\n\s+at /);
    expect(io.out()).toBe("");
  });

  it("names the line of broken Mermaid", async () => {
    const file = path.join(SCRATCH, "broken.mmd");
    writeFileSync(file, "flowchart LR\n  a --> b\n  b ~~> c\n");
    const io = capture();
    expect(await run(["compare", file])).toBe(2);
    expect(io.err()).toContain(`${file}:3: expected an arrow`);
  });
});
