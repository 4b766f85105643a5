// A deterministic OTLP/JSON trace of any size, for the tests and `npm run bench:timeline`:
// five services, traces of ten spans (a root and its children), one span in fifty an error.
// `singleLine` writes the whole document on one line, as exporters and `jq -c` do.

const SERVICES = ["checkout-web", "payments-api", "ledger-db", "flagd", "payments-worker"];

export function generateOtlpTrace(spanCount: number, options: { singleLine?: boolean } = {}) {
  const start = Date.parse("2026-03-14T00:00:00Z") * 1_000_000;
  const perService = Math.ceil(spanCount / SERVICES.length);
  const resourceSpans = SERVICES.map((service, serviceIndex) => {
    const spans: string[] = [];
    for (let k = 0; k < perService; k++) {
      const i = k * SERVICES.length + serviceIndex;
      if (i >= spanCount) break;
      const trace = Math.floor(i / 10);
      const isRoot = i % 10 === 0;
      const startNs = BigInt(start) + BigInt(i) * 1_000_000n;
      const endNs = startNs + BigInt(isRoot ? 9_000_000 : 500_000);
      spans.push(
        JSON.stringify({
          traceId: trace.toString(16).padStart(32, "0"),
          spanId: i.toString(16).padStart(16, "0"),
          parentSpanId: isRoot ? "" : (trace * 10).toString(16).padStart(16, "0"),
          name: isRoot ? "POST /api/checkout" : `call ${i % 10}`,
          kind: isRoot ? 2 : 3,
          startTimeUnixNano: startNs.toString(),
          endTimeUnixNano: endNs.toString(),
          status: i % 50 === 7 ? { code: 2, message: "upstream timed out" } : { code: 0 },
        }),
      );
    }
    const resource = JSON.stringify({
      attributes: [{ key: "service.name", value: { stringValue: service } }],
    });
    const separator = options.singleLine ? "," : ",\n        ";
    const open = options.singleLine ? "[" : "[\n        ";
    return `{"resource":${resource},"scopeSpans":[{"scope":{"name":"bench"},"spans":${open}${spans.join(separator)}]}]}`;
  });
  return options.singleLine
    ? `{"resourceSpans":[${resourceSpans.join(",")}]}\n`
    : `{\n  "resourceSpans": [\n    ${resourceSpans.join(",\n    ")}\n  ]\n}\n`;
}
