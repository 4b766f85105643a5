// Building blocks for rule matchers: the context a rule sees for one sentence, the span it
// returns, and regex fragments shared across categories (modal perfects, adverbs, negation).
import type { Section } from "../types";
import type { SubjectKind, SubjectLexicon } from "../subject";

export interface Span {
  start: number;
  end: number;
}

export interface RuleContext {
  /** The sentence, with code masked out. */
  text: string;
  section: Section;
  isQuestion: boolean;
  lexicon: SubjectLexicon;
  /** Subject of the verb starting at `index`, cached per sentence. */
  subject(index: number): SubjectKind;
  /** Kind of the "by …" agent after `index`, or undefined when there is none. */
  agentAfter(index: number): SubjectKind | undefined;
  /** Subject opening the clause around `index`, for adverbs that trail the verb. */
  clauseSubject(index: number): SubjectKind;
  /** Subject of an inverted question starting at `index` ("why did [the reviewer]…"). */
  subjectAfter(index: number): SubjectKind;
  /** Kind of the noun phrase starting at `index` (a possessor counts as the actor). */
  phraseAt(index: number): SubjectKind;
}

export interface RuleMatcher {
  id: string;
  /** "only": the rule is about questions (BJ-07); default: questions are never flagged. */
  questions?: "only";
  /** Sections where the wording is legitimate. */
  skipSections?: readonly Section[];
  match(context: RuleContext): Span[];
}

/** Regex alternation from a space-separated word list ("_" stands for a space). */
export function alt(words: string): string {
  return `(?:${words
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/_/g, "\\s+"))
    .join("|")})`;
}

/** Runs a global regex over the text, collecting the spans the callback accepts. */
export function collect(
  regex: RegExp,
  text: string,
  accept: (match: RegExpExecArray) => Span | boolean | null | undefined,
): Span[] {
  const spans: Span[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const result = accept(match);
    if (result === true) spans.push({ start: match.index, end: match.index + match[0].length });
    else if (result) spans.push(result);
    if (!regex.global) break;
    if (match[0].length === 0) regex.lastIndex += 1;
  }
  return spans;
}

// Adverbs that may sit inside a verb group ("should really have checked").
export const ADVERB = alt(
  "not never really also probably definitely obviously clearly just simply first at_least instead " +
    "then already actually ideally maybe perhaps likely surely certainly always reasonably easily " +
    "quickly properly even ever at_minimum still",
);
export const NEGATION = /\b(?:not|never|n['’]t|no)\b|n['’]t\b/i;

/** "have" after a modal, including the contraction ("should've"). */
export const HAVE = `(?:\\s+have|['’]ve)`;

// Deadlines make "should have been updated by Friday" a forward-looking action item.
export const DEADLINE =
  /\b(?:by|before|until|no later than)\s+(?:the\s+)?(?:end\s+of|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|eod|eow|q[1-4]|\d{1,4}[-/.]\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3}|january|february|march|april|may|june|july|august|september|october|november|december|sprint|release|launch)/i;

export function isHumanKind(kind: SubjectKind | undefined): boolean {
  return kind === "person" || kind === "name";
}
