// Property tests: whatever the input, ingest() returns, and every input line is accounted
// for — it starts an event, is folded into one, or is reported (unparsed or skipped).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMAT_IDS, ingest } from "@/lib/ingest";
import type { FormatId, IngestResult } from "@/lib/ingest";

const FRAGMENTS = [
  "2026-03-14T09:10:06.402Z",
  "2026-03-14 09:10:06,377",
  "Mar 14 09:12:31",
  "<30>",
  "<13>1 ",
  "[Sat Mar 14 10:12:03.123456 2026]",
  "I0314 09:13:21.447120    1187 prober.go:107]",
  "14/Mar/2026:10:09:58 +0100",
  "03/04/2024 10:00:00",
  "1773479340123",
  'ts=2026-03-14T09:08:40.227Z level=info msg="x"',
  '{"level":30,"time":1773479398104,"msg":"x"}',
  '{"@timestamp":"2026-03-14T09:10:06.402Z","log.level":"INFO"}',
  '{"resourceSpans":[',
  "stdout F ",
  "stderr P ",
  "LAST SEEN   TYPE   REASON   OBJECT   MESSAGE",
  "9:14 AM",
  "Saturday, March 14th",
  "\tat com.example.Foo(Foo.java:1)",
  "Caused by: java.lang.Error",
  "Traceback (most recent call last):",
  "a,b,c",
  '"x,""y""',
  "\u001b[31m",
  "\r",
  "\uFEFF",
  " INFO ",
  " - name - ERROR - ",
  "[",
  "]",
  "{",
  "}",
  '"',
  "=",
  " ",
];

const line = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }).map((parts) => parts.join(" ")),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constant(""),
);
const text = fc.oneof(
  fc.array(line, { maxLength: 30 }).map((lines) => lines.join("\n")),
  fc.array(line, { maxLength: 30 }).map((lines) => lines.join("\r\n") + "\r\n"),
  fc.string({ unit: "binary", maxLength: 500 }),
);

const FORMATS: (FormatId | undefined)[] = [undefined, ...FORMAT_IDS];

function physicalLineCount(input: string): number {
  let t = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (t === "") return 0;
  // ANSI stripping never removes a newline, so the count is taken on the raw text.
  if (t.endsWith("\n")) t = t.slice(0, -1);
  return t.split("\n").length;
}

function checkAccounting(input: string, result: IngestResult): void {
  const report = result.sources[0];
  expect(report).toBeDefined();
  if (!report) return;
  expect(report.counts.lines).toBe(physicalLineCount(input));
  const covered = new Set<number>();
  for (const e of result.events) {
    expect(e.firstLine).toBeGreaterThanOrEqual(1);
    expect(e.lastLine).toBeLessThanOrEqual(report.counts.lines);
    for (let l = e.firstLine; l <= e.lastLine; l++) covered.add(l);
    expect(Number.isFinite(e.time)).toBe(true);
  }
  for (const l of report.unparsedLines) covered.add(l);
  for (const l of report.skippedLines) covered.add(l);
  for (let l = 1; l <= report.counts.lines; l++)
    expect(covered.has(l), `line ${l} unaccounted`).toBe(true);
  const isDocument = [
    "jaeger",
    "zipkin",
    "otlp-traces",
    "otlp-logs",
    "json-array",
    "otlp-jsonl",
  ].includes(report.format);
  if (!isDocument) {
    const { events, folded, unparsed, skipped, lines } = report.counts;
    expect(events + folded + unparsed + skipped).toBe(lines);
  }
}

describe("ingest never throws and accounts for every line", () => {
  it("with detection", () => {
    fc.assert(
      fc.property(text, (input) => {
        checkAccounting(input, ingest([{ name: "p", text: input }]));
      }),
      { numRuns: 400 },
    );
  });

  it("with any forced format, zone, reference and day order", () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom(...FORMATS),
        fc.constantFrom("UTC", "Europe/Berlin", "America/New_York", "Not/AZone", ""),
        fc.oneof(
          fc.constant(undefined),
          fc.date({ noInvalidDate: false }),
          fc.string({ maxLength: 10 }),
        ),
        fc.constantFrom(undefined, true, false),
        (input, format, zone, reference, dayFirst) => {
          const result = ingest([
            { name: "p", text: input, options: { format, zone, reference, dayFirst } },
          ]);
          checkAccounting(input, result);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("with malformed sources", () => {
    const junk = [
      null,
      undefined,
      42,
      "x",
      {},
      { name: 1, text: 2 },
      { text: "2026-03-14T09:00:00Z a" },
    ] as unknown[];
    // The public type asks for sources; the web app may still hand over anything parsed from JSON.
    expect(() => ingest(junk as never)).not.toThrow();
    expect(() => ingest(null as never)).not.toThrow();
  });

  it("truncates lines over 64 KiB and flags their events", () => {
    const long = `2026-03-14T09:00:00Z ${"x".repeat(70_000)}`;
    const result = ingest([{ name: "long", text: `${long}\n2026-03-14T09:00:01Z short` }]);
    expect(result.events[0]?.flags).toContain("truncated");
    expect(result.events[0]?.raw.length).toBe(64 * 1024);
    expect(result.events[1]?.flags).not.toContain("truncated");
  });

  it("strips BOM, CR and ANSI colour codes", () => {
    const text =
      "\uFEFF\u001b[32m2026-03-14T09:00:00Z\u001b[0m INFO ready\r\n2026-03-14T09:00:01Z WARN slow\r\n";
    const result = ingest([{ name: "c", text }]);
    expect(result.sources[0]?.format).toBe("timestamped");
    expect(result.events.map((e) => [e.message, e.level])).toEqual([
      ["INFO ready", "info"],
      ["WARN slow", "warn"],
    ]);
    expect(result.events.every((e) => !e.raw.includes("\r") && !e.raw.includes("\u001b"))).toBe(
      true,
    );
  });
});

describe("merging sources", () => {
  it("orders all events by time, ties by source then line, losing none", () => {
    const stampLine = fc
      .integer({ min: 0, max: 30 })
      .map((s) => `2026-03-14T09:00:${String(s).padStart(2, "0")}Z event`);
    fc.assert(
      fc.property(
        fc.array(fc.array(stampLine, { minLength: 1, maxLength: 20 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (sources) => {
          const result = ingest(
            sources.map((lines, i) => ({ name: `s${i}`, text: lines.join("\n") })),
          );
          expect(result.events).toHaveLength(sources.reduce((n, s) => n + s.length, 0));
          for (let i = 1; i < result.events.length; i++) {
            const a = result.events[i - 1];
            const b = result.events[i];
            if (!a || !b) continue;
            expect(a.time).toBeLessThanOrEqual(b.time);
            if (a.time === b.time) {
              const order =
                Number(a.source.slice(1)) - Number(b.source.slice(1)) || a.firstLine - b.firstLine;
              expect(order).toBeLessThan(0);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
