// Large trace documents: 200,000 spans import in full (spreading them into push() once
// overflowed the call stack and lost every event), and a trace written on one line is read
// from its whole text, so it is not reported as truncated lines.

import { describe, expect, it } from "vitest";
import { ingest } from "@/lib/ingest";
import { generateOtlpTrace } from "@/scripts/trace-corpus";

describe("big traces", () => {
  it("imports every span of a 200,000-span OTLP trace", { timeout: 120_000 }, () => {
    const result = ingest([{ name: "big.json", text: generateOtlpTrace(200_000) }], {
      eager: true,
    });
    const report = result.sources[0];
    expect(report?.format).toBe("otlp-traces");
    expect(report?.assumptions.join(" ")).not.toMatch(/Parsing failed/);
    expect(result.events).toHaveLength(200_000);
    expect(result.traces.spans).toHaveLength(200_000);
    expect(result.traces.errorSpans).toHaveLength(4_000);
  });

  it("reads a one-line trace without calling its events truncated", () => {
    const result = ingest([
      { name: "one-line.json", text: generateOtlpTrace(2_000, { singleLine: true }) },
    ]);
    const report = result.sources[0];
    expect(report?.format).toBe("otlp-traces");
    expect(result.events).toHaveLength(2_000);
    expect(report?.assumptions.join(" ")).not.toMatch(/64 KiB/);
    expect(result.events.every((event) => !event.flags.includes("truncated"))).toBe(true);
  });

  it("counts truncated lines, not events, in a line format", () => {
    const long = "x".repeat(70 * 1024);
    const text = `2026-03-14T00:00:00Z INFO first ${long}\n2026-03-14T00:00:01Z INFO second\n`;
    const report = ingest([{ name: "long.log", text }]).sources[0];
    expect(report?.assumptions).toContain("1 lines were longer than 64 KiB and were truncated.");
  });
});
