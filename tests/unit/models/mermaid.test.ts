// The Mermaid reader: each construct of the subset, the kinds it infers, and the line it
// reports for what it cannot read.

import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagram } from "@/lib/models/diagram";
import { parseMermaid, readDiagramFile } from "@/lib/models/mermaid";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/models");

function read(text: string): Diagram & { title?: string; direction?: string } {
  const result = parseMermaid(text);
  if (!result.ok) throw new Error(`line ${result.line}: ${result.message}`);
  return { ...result.diagram, title: result.title, direction: result.direction };
}

const pairs = (d: Diagram): string[] => d.edges.map((e) => `${e.from}>${e.to}`);

describe("parseMermaid", () => {
  it("reads Alice's sample: front matter, cylinders, a thick replication arrow", () => {
    const d = read(readFileSync(path.join(FIXTURES, "alice-ledger-db.mmd"), "utf8"));
    expect(d.title).toBe("Alice (database on-call) - when paged at 09:13");
    expect(d.direction).toBe("TD");
    expect(d.nodes.map((n) => [n.id, n.label, n.kind])).toEqual([
      ["payments_api", "payments-api", "service"],
      ["pgbouncer", "PgBouncer", "service"],
      ["ledger_db", "Ledger DB primary", "datastore"],
      ["worker", "payments worker", "service"],
      ["replica", "ledger-db replica", "datastore"],
    ]);
    expect(d.edges.at(-1)).toMatchObject({
      from: "ledger_db",
      to: "replica",
      kind: "replication",
      label: "streaming replication",
    });
  });

  it("reads Bob's sample: %% comments, |labels| with arrows inside, a dotted read", () => {
    const d = read(readFileSync(path.join(FIXTURES, "bob-payments-api.mmd"), "utf8"));
    expect(d.direction).toBe("LR");
    expect(d.edges.map((e) => [e.from, e.to, e.kind, e.label])).toEqual([
      ["checkout", "api", "call", "POST /payments"],
      ["api", "ledger", "call", "Hikari pool, 40 -> 8"],
      ["api", "flagd", "read", "reads flags"],
      ["worker", "api", "call", "capture"],
    ]);
  });

  it.each([
    ["a[Box]", "service", "Box"],
    ["a(Round)", "service", "Round"],
    ["a([Web app])", "client", "Web app"],
    ["a[[Stripe]]", "external", "Stripe"],
    ["a[(Orders DB)]", "datastore", "Orders DB"],
    ["a((On-call))", "team", "On-call"],
    ["a(((SRE)))", "team", "SRE"],
    ["a>Events]", "queue", "Events"],
    ["a{Router}", "service", "Router"],
    ["a{{Kafka}}", "queue", "Kafka"],
    ["a[/Redis/]", "cache", "Redis"],
    ["a[\\Memcached\\]", "cache", "Memcached"],
    ["a[/Trap\\]", "service", "Trap"],
    ["a[\\Trap/]", "service", "Trap"],
    ['a["Quoted [with] (brackets)"]', "service", "Quoted [with] (brackets)"],
    ['a["say #quot;hi#quot; #35;1"]', "service", 'say "hi" #1'],
    ['a["`**markdown**`"]', "service", "**markdown**"],
    ["a[two<br>lines]", "service", "two\nlines"],
    ["a[Box]:::datastore", "datastore", "Box"],
    ["a[Box]:::db", "datastore", "Box"],
    ["a[Box]:::fancy", "service", "Box"],
    ['a@{ shape: cyl, label: "Orders" }', "datastore", "Orders"],
    ["a@{ shape: hex }", "queue", ""],
    ["a", "service", ""],
  ])("%s is a %s labelled %j", (line, kind, label) => {
    const d = read(`flowchart LR\n  ${line}`);
    expect(d.nodes).toEqual([{ id: "a", label, kind }]);
  });

  it.each([
    ["a --> b", "call", ""],
    ["a --- b", "call", ""],
    ["a ---> b", "call", ""],
    ["a -.-> b", "async", ""],
    ["a -. pings .-> b", "async", "pings"],
    ["a ==> b", "call", ""],
    ["a == streaming replication ==> b", "replication", "streaming replication"],
    ["a -->|reads| b", "read", "reads"],
    ["a -->|INSERT / update| b", "write", "INSERT / update"],
    ["a -- depends on --> b", "depends", "depends on"],
    ["a -->|publishes events| b", "async", "publishes events"],
    ['a -->|"quoted | pipe"| b', "call", "quoted | pipe"],
    ["a --x b", "call", ""],
    ["a --o b", "call", ""],
    ["a e1@--> b", "call", ""],
    ["a-->b", "call", ""],
  ])("%s is one %s edge labelled %j", (line, kind, label) => {
    const d = read(`graph TD\n  ${line}`);
    expect(d.edges).toEqual([{ id: "e1", from: "a", to: "b", kind, label }]);
  });

  it("reads chains, & groups and bidirectional arrows (two edges)", () => {
    expect(pairs(read("flowchart LR\n a --> b --> c"))).toEqual(["a>b", "b>c"]);
    expect(pairs(read("flowchart LR\n a & b --> c & d"))).toEqual(["a>c", "a>d", "b>c", "b>d"]);
    expect(pairs(read("flowchart LR\n a <--> b"))).toEqual(["a>b", "b>a"]);
    expect(pairs(read("flowchart LR\n a x--x b"))).toEqual(["a>b", "b>a"]);
    expect(pairs(read("flowchart LR\n a <-.-> b"))).toEqual(["a>b", "b>a"]);
    expect(pairs(read("graph TD;a-->b;b-->c;"))).toEqual(["a>b", "b>c"]);
  });

  it("an invisible ~~~ link declares its nodes but draws no edge", () => {
    const d = read("flowchart LR\n a ~~~ b");
    expect(d.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(d.edges).toEqual([]);
  });

  it("keeps the nodes of subgraphs; a subgraph title is not a node", () => {
    const d = read(
      [
        "flowchart TB",
        "  subgraph cluster [Payments cluster]",
        "    direction LR",
        "    api[Payments API] --> db[(Ledger)]",
        "    subgraph inner",
        "      cache[/Redis/]",
        "    end",
        "  end",
        "  web --> api",
      ].join("\n"),
    );
    expect(d.nodes.map((n) => n.id).sort()).toEqual(["api", "cache", "db", "web"]);
  });

  it("a subgraph an edge points at becomes a node named by its title", () => {
    const d = read('flowchart LR\n  subgraph pay ["Payments team"]\n    api\n  end\n  web --> pay');
    expect(d.nodes).toContainEqual({ id: "pay", label: "Payments team", kind: "service" });
    expect(pairs(d)).toEqual(["web>pay"]);
  });

  it("ignores styling lines but takes kinds from class statements", () => {
    const d = read(
      [
        "flowchart LR",
        "  classDef db fill:#f9f,stroke:#333;",
        "  a[Orders] --> b[Cache] --> c[Topic]",
        "  class a db",
        "  class b,c cache",
        "  style a fill:#fff",
        "  linkStyle 0 stroke:#f00",
        '  click a "https://example.com"',
        "  %%{init: {'theme': 'dark'}}%%",
      ].join("\n"),
    );
    expect(d.nodes.map((n) => n.kind)).toEqual(["datastore", "cache", "cache"]);
  });

  it("the last shape and label of a node win, as in Mermaid", () => {
    const d = read("flowchart LR\n a --> b\n b[(Store)]\n a[First] --> a2\n a[Second]");
    expect(d.nodes.find((n) => n.id === "b")).toMatchObject({ kind: "datastore", label: "Store" });
    expect(d.nodes.find((n) => n.id === "a")?.label).toBe("Second");
  });

  it("a %% kind: pragma sets the kind of the next statement's edges", () => {
    const d = read("flowchart LR\n %% kind: write\n a -->|reads| b\n a --> c");
    expect(d.edges.map((e) => e.kind)).toEqual(["write", "call"]);
  });

  it.each([
    ["", 1, "expected a Mermaid flowchart"],
    ["sequenceDiagram\n  A->>B: hi", 1, "sequenceDiagram, not a flowchart"],
    ["%% only a comment\npie title Pets", 2, "pie, not a flowchart"],
    ["---\ntitle: x\nflowchart LR", 1, "front matter"],
    ["flowchart LR\n  a --> b\n  a ~> b", 3, 'expected an arrow such as --> after "a"'],
    ["flowchart LR\n  a[Unclosed --> b", 2, 'label of "a" is not closed'],
    ['flowchart LR\n  a["open] --> b', 2, "quoted"],
    ["flowchart LR\n  a -->", 2, "does not lead to a node"],
    ["flowchart LR\n  a -- text b", 2, "no closing arrow"],
    ["flowchart LR\n  subgraph s\n  a --> b", 2, "not closed"],
    ["flowchart LR\n  a --> b\n  end", 3, '"end" without a "subgraph"'],
    ["flowchart LR\n  a@{ shape: blob }", 2, 'unknown shape "blob"'],
    ["flowchart LR\n  direction XY", 2, "unknown direction"],
    ["flowchart LR\n  --> b", 2, "expected a node id"],
    ["hello world", 1, "expected a Mermaid flowchart"],
  ])("%j fails at line %i with a message", (text, line, message) => {
    const result = parseMermaid(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(line);
    expect(result.message.replace("such as -->, -.-> or ==>", "such as -->")).toContain(message);
  });
});

describe("parseMermaid on anything", () => {
  const TOKENS = [
    ..."abc",
    "c1",
    "a.b",
    "-->",
    "--",
    "-.",
    "==",
    "---",
    "-.->",
    "==>",
    "<-->",
    "x--x",
    "~~~",
    "|x|",
    "|",
    "[",
    "]",
    "(",
    ")",
    "{{",
    "}}",
    "[(",
    ")]",
    "[/",
    "\\]",
    ">",
    '"',
    "#quot;",
    "<br>",
    "&",
    ";",
    ":::db",
    "@{ shape: cyl }",
    "@{ label: ",
    "}",
    "subgraph s",
    "end",
    "class a db",
    "style a fill:#f00",
    "%% kind: read",
    "direction LR",
    "---",
  ];
  const line = fc
    .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom("", " ")), { maxLength: 8 })
    .map((tokens) => tokens.map(([t, space]) => t + space).join(""));
  const document = fc
    .tuple(
      fc.constantFrom("flowchart LR\n", "graph TD;", "", "---\ntitle: x\n---\nflowchart\n"),
      fc.array(line, { maxLength: 8 }),
    )
    .map(([header, lines]) => header + lines.join("\n"));

  it("never throws; a failure names a line of the text, a success only edges between nodes", () => {
    fc.assert(
      fc.property(document, (text) => {
        const result = parseMermaid(text);
        if (result.ok) {
          const ids = new Set(result.diagram.nodes.map((n) => n.id));
          for (const e of result.diagram.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
        } else {
          expect(result.line).toBeGreaterThanOrEqual(1);
          expect(result.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
          expect(result.message).not.toBe("this Mermaid could not be read");
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a long line in linear time", () => {
    const line = `  a@{ label: "${'x,"'.repeat(30_000)}" }`;
    const started = performance.now();
    parseMermaid(`flowchart LR\n${line}\n${"n --> m\n".repeat(20_000)}`);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("readDiagramFile", () => {
  it("reads the app's JSON export", () => {
    const result = readDiagramFile(
      JSON.stringify({
        title: "Mine",
        nodes: [
          { id: "n1", label: "API", kind: "service", x: 1, y: 2 },
          { id: "n2", label: "DB", kind: "datastore" },
        ],
        edges: [{ id: "x", from: "n1", to: "n2", kind: "write", label: "saves" }],
      }),
    );
    expect(result).toEqual({
      ok: true,
      title: "Mine",
      diagram: {
        nodes: [
          { id: "n1", label: "API", kind: "service", x: 1, y: 2 },
          { id: "n2", label: "DB", kind: "datastore" },
        ],
        edges: [{ id: "x", from: "n1", to: "n2", kind: "write", label: "saves" }],
      },
    });
  });

  it("reads Mermaid when the text is not JSON", () => {
    expect(readDiagramFile("graph LR\n a --> b").ok).toBe(true);
  });

  it.each([
    ['{\n  "nodes": [\n    { "id": "a" },\n  ]\n}', 4, "not valid JSON"],
    ['{ "nodes": [{ "id": "a", "kind": "planet" }] }', 1, 'nodes[0].kind "planet"'],
    ['{ "nodes": [{ "id": "a" }], "edges": [{ "from": "a", "to": "b" }] }', 1, 'node "b"'],
    ['{ "edges": [] }', 1, '"nodes" list'],
  ])("bad JSON %j fails at line %i", (text, line, message) => {
    const result = readDiagramFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(line);
    expect(result.message).toContain(message);
  });
});
