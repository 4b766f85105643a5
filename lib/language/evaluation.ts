// Precision/recall of the analyzer on labelled sentences (the dev-set JSONL format:
// {"id", "text", "labels": [category…], "section"?}). Shared by the eval script and the
// threshold test so both measure the same thing.
import { analyze } from "./analyze";
import { CATEGORIES, SECTIONS, type Category, type Section } from "./types";

export interface LabelledSentence {
  id: string;
  text: string;
  labels: Category[];
  section?: Section;
}

export interface Score {
  name: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationReport {
  categories: Score[];
  overall: Score;
  exactMatches: number;
  errors: Array<{ id: string; text: string; expected: Category[]; actual: Category[] }>;
}

const CATEGORY_SET = new Set<string>(CATEGORIES);
const SECTION_SET = new Set<string>(SECTIONS);

/** Parses JSONL; blank lines are skipped, malformed lines throw with their line number. */
export function parseLabelledLines(content: string): LabelledSentence[] {
  const items: LabelledSentence[] = [];
  content.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const raw = JSON.parse(line) as {
      id?: unknown;
      text?: unknown;
      labels?: unknown;
      section?: unknown;
    };
    if (typeof raw.text !== "string" || !Array.isArray(raw.labels)) {
      throw new Error(`line ${index + 1}: expected {"text": string, "labels": [...]}`);
    }
    const labels = raw.labels.filter(
      (label): label is Category => typeof label === "string" && CATEGORY_SET.has(label),
    );
    const section =
      typeof raw.section === "string" && SECTION_SET.has(raw.section)
        ? (raw.section as Section)
        : undefined;
    items.push({
      id: typeof raw.id === "string" ? raw.id : `line ${index + 1}`,
      text: raw.text,
      labels,
      section,
    });
  });
  return items;
}

function score(name: string, tp: number, fp: number, fn: number): Score {
  // With nothing predicted, precision is vacuously perfect; with nothing to find, so is recall.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { name, tp, fp, fn, precision, recall, f1 };
}

export function evaluate(items: readonly LabelledSentence[]): EvaluationReport {
  const counts = new Map<Category, { tp: number; fp: number; fn: number }>(
    CATEGORIES.map((category) => [category, { tp: 0, fp: 0, fn: 0 }]),
  );
  const errors: EvaluationReport["errors"] = [];
  let exactMatches = 0;
  for (const item of items) {
    const predicted = new Set(
      analyze(item.text, { section: item.section }).map((finding) => finding.category),
    );
    const expected = new Set(item.labels);
    for (const category of CATEGORIES) {
      const count = counts.get(category);
      if (!count) continue;
      const isPredicted = predicted.has(category);
      const isExpected = expected.has(category);
      if (isPredicted && isExpected) count.tp += 1;
      else if (isPredicted) count.fp += 1;
      else if (isExpected) count.fn += 1;
    }
    const actual = CATEGORIES.filter((category) => predicted.has(category));
    const wanted = CATEGORIES.filter((category) => expected.has(category));
    if (actual.join() === wanted.join()) exactMatches += 1;
    else errors.push({ id: item.id, text: item.text, expected: wanted, actual });
  }
  const categories = CATEGORIES.map((category) => {
    const count = counts.get(category) ?? { tp: 0, fp: 0, fn: 0 };
    return score(category, count.tp, count.fp, count.fn);
  });
  const total = categories.reduce(
    (sum, row) => ({ tp: sum.tp + row.tp, fp: sum.fp + row.fp, fn: sum.fn + row.fn }),
    {
      tp: 0,
      fp: 0,
      fn: 0,
    },
  );
  return {
    categories,
    overall: score("overall (micro)", total.tp, total.fp, total.fn),
    exactMatches,
    errors,
  };
}
