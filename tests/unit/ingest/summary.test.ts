// `summarize` (what `debrief ingest --summary` uses) drops each source's events once its
// report is built and never merges them; it must report exactly what `ingest` reports:
// counts, unparsed lines, time ranges, assumptions, traces, totals.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingest, summarize, summaryOf } from "@/lib/ingest";
import type { Source } from "@/lib/ingest";
import { generateCorpus } from "@/scripts/ingest-corpus";

const SAMPLES = path.resolve(import.meta.dirname, "../../fixtures/samples");
const options = { reference: "2026-03-14T09:40:00Z" };

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => !f.endsWith(".md") && f.includes("."))
    .map((f) => path.join(dir, f));
}

const samples: Source[] = filesIn(SAMPLES).map((file) => ({
  name: path.basename(file),
  text: readFileSync(file, "utf8"),
  options,
}));

// The benchmark's corpus, 200 KB of each format.
const bench: Source[] = generateCorpus(200_000).map(({ name, text }) => ({ name, text, options }));

describe("summarize", () => {
  it("finds the samples", () => expect(samples.length).toBeGreaterThan(10));

  it.each(samples.map((s) => [s.name, s]))("%s: same report as ingest", (_, source) => {
    expect(summarize([source])).toEqual(summaryOf(ingest([source])));
  });

  it("all samples together: same reports, totals, edges and skew as ingest", () => {
    expect(summarize(samples)).toEqual(summaryOf(ingest(samples)));
  });

  it("the benchmark corpus formats: same as ingest", () => {
    for (const source of bench) expect(summarize([source])).toEqual(summaryOf(ingest([source])));
    expect(summarize(bench)).toEqual(summaryOf(ingest(bench)));
  });

  it("never throws and keeps empty or odd input", () => {
    const odd = [
      { name: "empty", text: "" },
      { name: "x", text: "\uFEFF\r\n\x1b[31mnot a log\x1b[0m\n" },
      null as unknown as Source,
    ];
    expect(summarize(odd)).toEqual(summaryOf(ingest(odd)));
  });
});
