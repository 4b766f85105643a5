// Traces: service-graph edges with call/error counts, and clock-skew estimates within 10%.

import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ingest, ingestText } from "@/lib/ingest";

const SAMPLES = path.resolve(import.meta.dirname, "../../fixtures/samples");
const sample = (file: string) => ingestText(file, readFileSync(path.join(SAMPLES, file), "utf8"));

const edgeList = (file: string) =>
  sample(file)
    .traces.edges.map((e) => `${e.from}->${e.to} ${e.calls}/${e.errors}`)
    .sort();

describe("service graph", () => {
  it.each([
    ["zipkin-v2.json", ["checkout-web->payments-api 2/1", "payments-api->ledger-db 1/0"]],
    ["jaeger.json", ["checkout-web->payments-api 2/1", "payments-api->ledger-db 1/0"]],
    [
      "otlp-traces.json",
      [
        "checkout-web->payments-api 1/0",
        "payments-api->card-processor 1/0",
        "payments-api->ledger-db 4/0",
        "payments-worker->payments-api 3/2",
      ],
    ],
  ])("%s", (file, expected) => {
    expect(edgeList(file)).toEqual(expected.sort());
  });

  it("reports the span whose parent is not in the file", () => {
    const orphans = sample("otlp-traces.json").traces.orphans;
    expect(orphans.map((s) => `${s.service} ${s.name} ${s.spanId} ${s.parentSpanId}`)).toEqual([
      "payments-api POST /v1/payments a2cee607d39fb1df c4e00829f5b1d3f1",
    ]);
  });

  it("keeps both halves of a Zipkin shared span and marks error spans", () => {
    const { traces } = sample("zipkin-v2.json");
    expect(traces.spans).toHaveLength(8);
    expect(
      traces.spans
        .filter((s) => s.spanId === "3b5d7f9a1c2e4680")
        .map((s) => s.kind)
        .sort(),
    ).toEqual(["client", "server"]);
    expect(traces.errorSpans.length).toBe(3);
  });

  it("merges edges over several trace sources", () => {
    const files = ["zipkin-v2.json", "jaeger.json"];
    const result = ingest(
      files.map((f) => ({ name: f, text: readFileSync(path.join(SAMPLES, f), "utf8") })),
    );
    expect(
      result.traces.edges.find((e) => e.from === "checkout-web" && e.to === "payments-api"),
    ).toMatchObject({
      calls: 4,
      errors: 2,
    });
  });
});

/** A Jaeger export: `pairs` client→server calls from web (10.0.0.1) to api (10.0.0.2), whose clock runs `skewMs` ahead. */
function jaegerTrace(skewMs: number, latencyMs: number, pairs: number): string {
  const spans: object[] = [];
  const base = 1_773_479_901_400_000; // µs
  spans.push({
    traceID: "t1",
    spanID: "root",
    references: [],
    startTime: base,
    duration: pairs * 1_000_000,
    processID: "p1",
    operationName: "GET /",
    tags: [{ key: "span.kind", value: "server" }],
  });
  for (let i = 0; i < pairs; i++) {
    const clientStart = base + 1000 + i * 500_000;
    const serverDuration = 100_000 + i * 7_000;
    const clientDuration = serverDuration + 2 * latencyMs * 1000;
    spans.push({
      traceID: "t1",
      spanID: `c${i}`,
      references: [{ refType: "CHILD_OF", traceID: "t1", spanID: "root" }],
      startTime: clientStart,
      duration: clientDuration,
      processID: "p1",
      operationName: "call",
      tags: [
        { key: "span.kind", value: "client" },
        { key: "peer.service", value: "api" },
      ],
    });
    spans.push({
      traceID: "t1",
      spanID: `s${i}`,
      references: [{ refType: "CHILD_OF", traceID: "t1", spanID: `c${i}` }],
      startTime: clientStart + latencyMs * 1000 + skewMs * 1000,
      duration: serverDuration,
      processID: "p2",
      operationName: "handle",
      tags: [{ key: "span.kind", value: "server" }],
    });
  }
  return JSON.stringify({
    data: [
      {
        traceID: "t1",
        spans,
        processes: {
          p1: { serviceName: "web", tags: [{ key: "ip", value: "10.0.0.1" }] },
          p2: { serviceName: "api", tags: [{ key: "ip", value: "10.0.0.2" }] },
        },
      },
    ],
  });
}

describe("clock skew", () => {
  it("estimates the jaeger sample's payments-api as about 40 ms ahead", () => {
    const skew = sample("jaeger.json").traces.skew;
    expect(skew).toHaveLength(1);
    expect(skew[0]?.service).toBe("payments-api");
    expect(Math.abs((skew[0]?.ms ?? 0) - 40)).toBeLessThanOrEqual(4);
    expect(skew[0]?.spans).toBe(2);
  });

  it.each(["zipkin-v2.json", "otlp-traces.json"])("finds no skew in %s", (file) => {
    expect(sample(file).traces.skew).toEqual([]);
  });

  it.each([
    [40, 5, 3],
    [-40, 5, 3],
    [250, 20, 10],
    [-1200, 3, 1],
    [15, 2, 4],
  ])(
    "a service %d ms ahead (latency %d ms, %d calls) is estimated within 10%%",
    (skewMs, latencyMs, pairs) => {
      const { traces } = ingestText("t.json", jaegerTrace(skewMs, latencyMs, pairs));
      const api = traces.skew.find((s) => s.service === "api");
      expect(api).toBeDefined();
      expect(Math.abs((api?.ms ?? 0) - skewMs)).toBeLessThanOrEqual(Math.abs(skewMs) * 0.1);
      expect(api?.spans).toBe(pairs);
      expect(traces.edges).toEqual([{ from: "web", to: "api", calls: pairs, errors: 0 }]);
    },
  );

  it("holds for any skew larger than the network latency (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 2, max: 5000 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 6 }),
        (latency, extra, isBehind, pairs) => {
          const skewMs = (latency + extra) * (isBehind ? -1 : 1);
          const api = ingestText("t.json", jaegerTrace(skewMs, latency, pairs)).traces.skew.find(
            (s) => s.service === "api",
          );
          expect(Math.abs((api?.ms ?? 0) - skewMs)).toBeLessThanOrEqual(Math.abs(skewMs) * 0.1);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("reports nothing when every server span lies inside its client span", () => {
    expect(ingestText("t.json", jaegerTrace(2, 10, 3)).traces.skew).toEqual([]);
  });
});
