// The comparison engine on the sample story and on generated diagrams: independent of the
// order of the diagrams, silent when a diagram meets itself, and the before/after diff.

import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareModels, diffDiagrams, observedFromEdges } from "@/lib/models/compare";
import { EDGE_KINDS, NODE_KINDS, nodeName, type Diagram } from "@/lib/models/diagram";
import { parseMermaid } from "@/lib/models/mermaid";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/models");

function sample(file: string): Diagram {
  const result = parseMermaid(readFileSync(path.join(FIXTURES, file), "utf8"));
  if (!result.ok) throw new Error(result.message);
  return result.diagram;
}

const TRACE_EDGES = [
  { from: "payments-api", to: "ledger-db", calls: 6, errors: 0 },
  { from: "checkout-web", to: "payments-api", calls: 5, errors: 2 },
  { from: "payments-worker", to: "payments-api", calls: 3, errors: 2 },
  { from: "payments-api", to: "card-processor", calls: 1, errors: 0 },
];

describe("compareModels on the payments-api story", () => {
  const comparison = compareModels({
    diagrams: [
      { id: "bob", label: "Bob", diagram: sample("bob-payments-api.mmd") },
      { id: "alice", label: "Alice", diagram: sample("alice-ledger-db.mmd") },
    ],
    observed: observedFromEdges(TRACE_EDGES),
    aliases: [["Ledger DB primary", "ledger-db"]],
  });

  it("names components by the traces, else by the diagrams", () => {
    expect(comparison.components.map((c) => [c.name, c.drawnBy, c.observed])).toEqual([
      ["card-processor", [], true],
      ["checkout-web", ["bob"], true],
      ["flagd", ["bob"], false],
      ["ledger-db", ["alice", "bob"], true],
      ["ledger-db replica", ["alice"], false],
      ["payments-api", ["alice", "bob"], true],
      ["payments-worker", ["alice", "bob"], true],
      ["PgBouncer", ["alice"], false],
    ]);
    const ledger = comparison.components.find((c) => c.name === "ledger-db");
    expect(ledger).toMatchObject({
      labels: { alice: "Ledger DB primary", bob: "ledger-db" },
      kinds: { alice: "datastore", bob: "datastore" },
      calls: 6,
      errors: 0,
      agreement: 1,
    });
  });

  it("finds the hidden dependency and the component nobody drew", () => {
    expect(comparison.hiddenDependencies).toEqual([
      { from: "payments-api", to: "card-processor", calls: 1, errors: 0 },
    ]);
    expect(comparison.hiddenComponents).toEqual([{ name: "card-processor", calls: 1, errors: 0 }]);
  });

  it("lists what only some drew and the drawn edges the traces never showed", () => {
    expect(comparison.onlySome).toEqual([
      { name: "checkout-web", drawnBy: ["bob"] },
      { name: "flagd", drawnBy: ["bob"] },
      { name: "ledger-db replica", drawnBy: ["alice"] },
      { name: "PgBouncer", drawnBy: ["alice"] },
    ]);
    expect(comparison.unobservedEdges.map((e) => `${e.from} -> ${e.to}`)).toEqual([
      "ledger-db -> ledger-db replica",
      "payments-api -> flagd",
      "payments-api -> PgBouncer",
      "payments-worker -> PgBouncer",
      "PgBouncer -> ledger-db",
    ]);
    const edge = comparison.edges.find((e) => e.from === "payments-api" && e.to === "ledger-db");
    expect(edge).toMatchObject({
      drawnBy: ["bob"],
      observed: true,
      calls: 6,
      kinds: { bob: ["call"] },
      labels: { bob: ["Hikari pool, 40 -> 8"] },
    });
    expect(comparison.directionDisagreements).toEqual([]);
  });
});

describe("compareModels", () => {
  const node = (id: string, label = id) => ({ id, label, kind: "service" as const });
  const edge = (from: string, to: string) => ({
    id: `${from}${to}`,
    from,
    to,
    kind: "call" as const,
    label: "",
  });

  it("reports a direction disagreement between people and with the traces", () => {
    const result = compareModels({
      diagrams: [
        {
          id: "a",
          label: "A",
          diagram: { nodes: [node("x"), node("y")], edges: [edge("x", "y")] },
        },
        {
          id: "b",
          label: "B",
          diagram: { nodes: [node("x"), node("y")], edges: [edge("y", "x")] },
        },
      ],
      observed: observedFromEdges([{ from: "x", to: "y", calls: 1, errors: 0 }]),
    });
    expect(result.directionDisagreements).toEqual([
      {
        a: "x",
        b: "y",
        forward: { drawnBy: ["a"], observed: true },
        backward: { drawnBy: ["b"], observed: false },
      },
    ]);
  });

  it("ignores self-loops, drawn or observed, also when aliases merge two nodes", () => {
    const result = compareModels({
      diagrams: [
        {
          id: "a",
          label: "A",
          diagram: {
            nodes: [node("db1"), node("pg")],
            edges: [edge("db1", "pg"), edge("pg", "pg")],
          },
        },
      ],
      observed: observedFromEdges([{ from: "db1", to: "db1", calls: 2, errors: 0 }]),
      aliases: [["db1", "pg"]],
    });
    expect(result.components.map((c) => [c.name, c.labels])).toEqual([["db1", { a: "db1 / pg" }]]);
    expect(result.edges).toEqual([]);
  });

  it("without traces nothing is observed, hidden or unobserved", () => {
    const result = compareModels({
      diagrams: [{ id: "a", label: "A", diagram: sample("bob-payments-api.mmd") }],
    });
    expect(result.hasObserved).toBe(false);
    expect(result.components.every((c) => !c.observed && c.agreement === 1)).toBe(true);
    expect([result.hiddenDependencies, result.unobservedEdges, result.onlySome]).toEqual([
      [],
      [],
      [],
    ]);
  });

  it("an edge to an undeclared node draws that node under its id", () => {
    const result = compareModels({
      diagrams: [
        { id: "a", label: "A", diagram: { nodes: [node("x")], edges: [edge("x", "ghost")] } },
      ],
    });
    expect(result.components.map((c) => c.name)).toEqual(["ghost", "x"]);
  });
});

// Generated diagrams over a small vocabulary, so that names collide and match.
const VOCABULARY = [
  "Payments API",
  "payments-api",
  "payments_service",
  "Ledger DB",
  "ledger-db",
  "queues",
  "Queue",
  "flagd",
  "PgBouncer",
  "pg-bouncer",
  "card processor",
  "db1",
];
const diagramArb: fc.Arbitrary<Diagram> = fc
  .uniqueArray(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 7 })
  .chain((labels) => {
    const ids = labels.map((_, i) => `n${i}`);
    return fc.record({
      nodes: fc.tuple(
        ...labels.map((label, i) =>
          fc.record({
            id: fc.constant(ids[i] as string),
            label: fc.constantFrom(label, ""),
            kind: fc.constantFrom(...NODE_KINDS),
          }),
        ),
      ),
      edges: fc.array(
        fc.record({
          id: fc.constant("e"),
          from: fc.constantFrom(...ids),
          to: fc.constantFrom(...ids),
          kind: fc.constantFrom(...EDGE_KINDS),
          label: fc.constantFrom("", "reads", "capture"),
        }),
        { maxLength: 8 },
      ),
    });
  });
const observedArb = fc.option(
  fc.array(
    fc.record({
      from: fc.constantFrom(...VOCABULARY),
      to: fc.constantFrom(...VOCABULARY),
      calls: fc.nat(20),
      errors: fc.nat(3),
    }),
    { maxLength: 6 },
  ),
  { nil: undefined },
);
const aliasesArb = fc.array(
  fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...VOCABULARY)),
  { maxLength: 3 },
);

describe("compareModels properties", () => {
  it("does not depend on the order of the diagrams", () => {
    fc.assert(
      fc.property(
        fc.array(diagramArb, { minLength: 1, maxLength: 4 }).chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(
              list.map((_, i) => i),
              { minLength: list.length },
            ),
          ),
        ),
        observedArb,
        aliasesArb,
        ([list, order], edges, aliases) => {
          const models = list.map((diagram, i) => ({ id: `d${i}`, label: `D${i}`, diagram }));
          const observed = edges && observedFromEdges(edges);
          const one = compareModels({ diagrams: models, observed, aliases });
          const other = compareModels({
            diagrams: order.map((i) => models[i] as (typeof models)[number]),
            observed,
            aliases,
          });
          expect(other).toEqual(one);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("finds no divergence between a diagram and itself, or the traces it drew", () => {
    fc.assert(
      fc.property(diagramArb, aliasesArb, (diagram, aliases) => {
        const byId = new Map(diagram.nodes.map((n) => [n.id, nodeName(n)]));
        const observed = observedFromEdges(
          diagram.edges.map((e) => ({
            from: byId.get(e.from) ?? e.from,
            to: byId.get(e.to) ?? e.to,
            calls: 1,
            errors: 0,
          })),
          [...byId.values()],
        );
        const result = compareModels({
          diagrams: [
            { id: "before", label: "Me", diagram },
            { id: "again", label: "Me", diagram },
          ],
          observed,
          aliases,
        });
        expect(result.onlySome).toEqual([]);
        expect(result.onlySomeEdges).toEqual([]);
        expect(result.directionDisagreements).toEqual([]);
        expect(result.hiddenDependencies).toEqual([]);
        expect(result.hiddenComponents).toEqual([]);
        expect(result.unobservedEdges).toEqual([]);
        for (const item of [...result.components, ...result.edges]) expect(item.agreement).toBe(1);
        expect(diffDiagrams(diagram, diagram, aliases)).toEqual({
          addedComponents: [],
          removedComponents: [],
          changedComponentKinds: [],
          addedEdges: [],
          removedEdges: [],
          changedEdgeKinds: [],
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe("diffDiagrams", () => {
  it("shows what one person added, removed and redrew", () => {
    const before = sample("bob-payments-api.mmd");
    const after: Diagram = {
      nodes: [
        ...before.nodes
          .filter((n) => n.id !== "flagd")
          .map((n) =>
            n.id === "ledger" ? { ...n, label: "Ledger DB", kind: "cache" as const } : n,
          ),
        { id: "card", label: "Card processor", kind: "external" },
      ],
      edges: [
        ...before.edges.filter((e) => e.to !== "flagd" && e.to !== "ledger"),
        { id: "x", from: "api", to: "card", kind: "call", label: "authorise" },
        { id: "y", from: "api", to: "ledger", kind: "write", label: "" },
      ],
    };
    expect(diffDiagrams(before, after)).toEqual({
      addedComponents: [{ key: "cardprocessor", name: "Card processor" }],
      removedComponents: [{ key: "flagd", name: "flagd" }],
      changedComponentKinds: [
        { key: "ledgerdb", name: "Ledger DB", before: "datastore", after: "cache" },
      ],
      addedEdges: [{ from: "Payments API", to: "Card processor", kinds: ["call"] }],
      removedEdges: [{ from: "Payments API", to: "flagd", kinds: ["read"] }],
      changedEdgeKinds: [
        { from: "Payments API", to: "Ledger DB", before: ["call"], after: ["write"] },
      ],
    });
  });
});
