// Evaluates the language analyzer on a labelled JSONL file (default: the shared dev set)
// and prints precision, recall and F1 per category and overall.
// Usage: npm run eval:language [-- path/to/file.jsonl] [--errors]
import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluate, parseLabelledLines } from "../lib/language/evaluation";

const DEFAULT_PATH = path.resolve(import.meta.dirname, "../tests/fixtures/language/dev-set.jsonl");

function percent(value: number): string {
  return value.toFixed(3);
}

function main(argv: string[]): number {
  const showErrors = argv.includes("--errors");
  const file = argv.find((arg) => !arg.startsWith("--")) ?? DEFAULT_PATH;
  let content: string;
  try {
    content = readFileSync(file, "utf8");
  } catch (error) {
    process.stderr.write(`eval-language: cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const items = parseLabelledLines(content);
  const report = evaluate(items);
  const header = `${"category".padEnd(16)} ${"TP".padStart(4)} ${"FP".padStart(4)} ${"FN".padStart(4)}  ${"precision".padStart(9)} ${"recall".padStart(7)} ${"F1".padStart(6)}`;
  const lines = [`Language analyzer on ${file} (${items.length} sentences)`, "", header];
  for (const row of [...report.categories, report.overall]) {
    lines.push(
      `${row.name.padEnd(16)} ${String(row.tp).padStart(4)} ${String(row.fp).padStart(4)} ${String(row.fn).padStart(4)}  ` +
        `${percent(row.precision).padStart(9)} ${percent(row.recall).padStart(7)} ${percent(row.f1).padStart(6)}`,
    );
  }
  lines.push(
    "",
    "A sentence is positive for a category when any finding has that category.",
    "overall = micro-average over all (sentence, category) pairs: TP, FP and FN summed across categories.",
    `exact-match sentences: ${report.exactMatches}/${items.length}`,
  );
  if (showErrors && report.errors.length > 0) {
    lines.push("", "Mismatches:");
    for (const error of report.errors) {
      lines.push(
        `  ${error.id}: expected [${error.expected.join(", ")}] got [${error.actual.join(", ")}] ${error.text}`,
      );
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
