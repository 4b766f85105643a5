// Words to compare texts by: lower-cased, stop words dropped, stemmed (Porter), so
// "retries", "retried" and "retry" count as one term. Pure; the similarity and theme
// engines share it so a term means the same thing in both.
import { stemmer } from "stemmer";
import { eng } from "stopword";

// The English list covers grammar words; these are words every review uses, which would
// otherwise tie every incident to every other ("we got lucky that the incident…").
const REVIEW_WORDS = [
  // Negations and contractions the English list leaves out.
  "not",
  "no",
  "nor",
  "its",
  "us",
  "didn't",
  "wasn't",
  "weren't",
  "don't",
  "doesn't",
  "there's",
  // Words of every review.
  "incident",
  "incidents",
  "lucky",
  "luckily",
  "happened",
  "happen",
  // Quantities, time and linking words: true of anything, a theme of nothing.
  "just",
  "again",
  "even",
  "when",
  "which",
  "without",
  "within",
  "every",
  "once",
  "instead",
  "together",
  "went",
  "already",
  "almost",
  "whole",
  "half",
  "fraction",
  "several",
  "one",
  "two",
  "three",
  "first",
  "second",
  "seconds",
  "minute",
  "minutes",
  "hour",
  "hours",
  "day",
  "days",
  "week",
  "time",
  "times",
  "able",
  "less",
  "made",
  "used",
  "using",
  "left",
  "new",
  "old",
];
const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...REVIEW_WORDS]);
const WORD = /[\p{L}][\p{L}\p{N}]*(?:'[\p{L}]+)?/gu;
const MIN_LENGTH = 3;

export interface Term {
  /** What texts are compared by. */
  stem: string;
  /** The word as written, to show people. */
  word: string;
}

/** Every term of a text, in order, repeats included (term frequency needs them). */
export function extractTerms(text: string): Term[] {
  const terms: Term[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0].replace(/'s$/, "");
    if (word.length < MIN_LENGTH || STOP_WORDS.has(word)) continue;
    terms.push({ stem: stemOf(word), word });
  }
  return terms;
}

// Stemming is most of the cost of comparing hundreds of narratives, and texts repeat their
// words (Zipf): remembered per word, bounded so a long-running server does not grow.
const STEMS = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 50_000;

function stemOf(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    if (STEMS.size >= MAX_REMEMBERED_STEMS) STEMS.clear();
    stem = stemmer(word);
    STEMS.set(word, stem);
  }
  return stem;
}

/**
 * The word to show for each stem: the form written most often (first seen on a tie), so a
 * theme reads "retries" rather than the stem "retri".
 */
export class TermLabels {
  private readonly counts = new Map<string, Map<string, number>>();

  add(terms: readonly Term[]): void {
    for (const term of terms) {
      const forms = this.counts.get(term.stem) ?? new Map<string, number>();
      forms.set(term.word, (forms.get(term.word) ?? 0) + 1);
      this.counts.set(term.stem, forms);
    }
  }

  label(stem: string): string {
    let best = stem;
    let bestCount = 0;
    for (const [word, count] of this.counts.get(stem) ?? []) {
      if (count > bestCount) {
        best = word;
        bestCount = count;
      }
    }
    return best;
  }
}
