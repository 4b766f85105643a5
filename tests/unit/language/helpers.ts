// Shared helpers for the language analyzer tests: rule ids and categories found in a text.
import { analyze } from "../../../lib/language/analyze";
import type { AnalyzeOptions, Category } from "../../../lib/language/types";

export function ruleIds(text: string, options?: AnalyzeOptions): string[] {
  return analyze(text, options).map((finding) => finding.ruleId);
}

export function categories(text: string, options?: AnalyzeOptions): Category[] {
  return [...new Set(analyze(text, options).map((finding) => finding.category))];
}

/** Table row: a sentence and the rule it must trigger, or null when no rule of the category may fire. */
export type RuleCase = readonly [text: string, expected: string | null];
