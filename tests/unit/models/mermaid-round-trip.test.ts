// Mermaid export → import keeps every node (id, label, kind) and edge (ends, kind, label),
// whatever characters the labels hold.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EDGE_KINDS, NODE_KINDS, type Diagram } from "@/lib/models/diagram";
import { parseMermaid, toMermaid } from "@/lib/models/mermaid";

const CHARACTERS = [
  ..."abcXYZ019 -_.:/\\,'\"[](){}<>|#;%&`=~*!?@",
  "é",
  "ß",
  "日本",
  "🙂",
  "\n",
  "#quot;",
  "<br>",
  "-->",
  "%%",
  "end",
];
const label = fc
  .array(fc.constantFrom(...CHARACTERS), { maxLength: 12 })
  .map((parts) => parts.join("").trim());
const id = fc
  .stringMatching(/^[a-z][a-z0-9_]{0,5}$/)
  .filter((s) => !["end", "graph", "style", "class", "click", "call", "href"].includes(s));

const diagram: fc.Arbitrary<Diagram> = fc
  .uniqueArray(id, { minLength: 1, maxLength: 8 })
  .chain((ids) =>
    fc.record({
      nodes: fc.tuple(
        ...ids.map((nodeId) =>
          fc.record({ id: fc.constant(nodeId), label, kind: fc.constantFrom(...NODE_KINDS) }),
        ),
      ),
      edges: fc.array(
        fc.record({
          from: fc.constantFrom(...ids),
          to: fc.constantFrom(...ids),
          kind: fc.constantFrom(...EDGE_KINDS),
          label,
        }),
        { maxLength: 10 },
      ),
    }),
  )
  .map(({ nodes, edges }) => ({
    nodes,
    edges: edges.map((e, i) => ({ id: `e${i + 1}`, ...e })),
  }));

const shape = (d: Diagram) => ({
  nodes: d.nodes.map((n) => ({ id: n.id, label: n.label, kind: n.kind })),
  edges: d.edges.map((e) => ({ from: e.from, to: e.to, kind: e.kind, label: e.label })),
});

describe("toMermaid → parseMermaid", () => {
  it("keeps nodes, edges, kinds and labels on generated diagrams", () => {
    fc.assert(
      fc.property(diagram, label, (d, title) => {
        const text = toMermaid(d, { title, direction: "TD" });
        const back = parseMermaid(text);
        if (!back.ok) throw new Error(`line ${back.line}: ${back.message}\n${text}`);
        expect(shape(back.diagram)).toEqual(shape(d));
        expect(back.title).toBe(title === "" ? undefined : title);
        expect(back.direction).toBe("TD");
      }),
      { numRuns: 400 },
    );
  });

  it("gives unsafe ids a safe spelling and keeps the rest", () => {
    const d: Diagram = {
      nodes: [
        { id: "end", label: "End", kind: "service" },
        { id: "node-1", label: "", kind: "datastore" },
        { id: "node_1", label: "Other", kind: "queue" },
        { id: "9 lives", label: "Cat", kind: "team" },
      ],
      edges: [{ id: "a", from: "end", to: "node-1", kind: "read", label: "" }],
    };
    const back = parseMermaid(toMermaid(d));
    if (!back.ok) throw new Error(back.message);
    expect(back.diagram.nodes.map((n) => [n.id, n.label, n.kind])).toEqual([
      ["end_", "End", "service"],
      ["node_1_2", "", "datastore"],
      ["node_1", "Other", "queue"],
      ["n_9_lives", "Cat", "team"],
    ]);
    expect(back.diagram.edges).toEqual([
      { id: "e1", from: "end_", to: "node_1_2", kind: "read", label: "" },
    ]);
  });

  it("writes kinds as shapes and arrows, and a pragma only when needed", () => {
    const text = toMermaid({
      nodes: [
        { id: "api", label: "API", kind: "service" },
        { id: "db", label: "DB", kind: "datastore" },
      ],
      edges: [
        { id: "1", from: "api", to: "db", kind: "read", label: "reads" },
        { id: "2", from: "api", to: "db", kind: "write", label: "reads" },
        { id: "3", from: "db", to: "api", kind: "async", label: "" },
      ],
    });
    expect(text).toBe(
      [
        "flowchart LR",
        '    api["API"]',
        '    db[("DB")]',
        '    api -->|"reads"| db',
        "    %% kind: write",
        '    api -->|"reads"| db',
        "    db -.-> api",
        "",
      ].join("\n"),
    );
  });
});
