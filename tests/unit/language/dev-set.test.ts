import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, parseLabelledLines } from "../../../lib/language/evaluation";

const DEV_SET = path.resolve(import.meta.dirname, "../../fixtures/language/dev-set.jsonl");
// Sentences written for this module in the catalogue's style but with new wording: a check
// that the rules generalise beyond the dev set's exact phrasing.
const EXTRA_SET = path.resolve(import.meta.dirname, "fixtures/extra-set.jsonl");

describe.each([
  ["dev set", DEV_SET],
  ["extra set", EXTRA_SET],
])("%s quality", (_name, file) => {
  const report = existsSync(file)
    ? evaluate(parseLabelledLines(readFileSync(file, "utf8")))
    : evaluate([]);

  it("meets the overall targets (precision ≥ 0.95, recall ≥ 0.90)", () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each(report.categories.map((row) => [row.name, row] as const))(
    "%s precision ≥ 0.9",
    (_name, row) => {
      expect(row.precision).toBeGreaterThanOrEqual(0.9);
    },
  );
});

describe("evaluation arithmetic", () => {
  it("micro-averages over (sentence, category) pairs", () => {
    const report = evaluate([
      { id: "a", text: "The runbook was not followed.", labels: ["passive_blame"] },
      { id: "b", text: "The flag was set at 10:00.", labels: ["blame"] },
      { id: "c", text: "Obviously it broke.", labels: [] },
    ]);
    expect(report.overall).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(report.overall.precision).toBeCloseTo(0.5);
    expect(report.errors.map((error) => error.id)).toEqual(["b", "c"]);
  });
});
