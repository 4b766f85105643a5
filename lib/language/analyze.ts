// The analyzer: runs every rule over every sentence of a text and returns findings with
// UTF-16 offsets into that text. Pure and synchronous so the editor can call it on each
// keystroke; all regexes are compiled at module load.
import { getRule } from "./catalogue";
import { readDirectives } from "./directives";
import { fingerprintFinding } from "./fingerprint";
import { MATCHERS } from "./rules/index";
import { sentenceTokens, triggersFor } from "./rules/triggers";
import type { RuleContext, RuleMatcher, Span } from "./rules/shared";
import { maskCode, splitSentences, type Sentence } from "./segment";
import { compileSettings, overlapsAllowListed, type CompiledSettings } from "./settings";
import {
  agentAfter,
  clauseSubject,
  phraseAt,
  subjectAfter,
  subjectBefore,
  type SubjectKind,
} from "./subject";
import type { AnalyzeOptions, Finding, Section, Severity } from "./types";

const SEVERITY_RANK: Record<Severity, number> = { info: 0, suggestion: 1, warning: 2 };
// Quoted terms of at most this many words, not opened by a speaker's pronoun, are mentions
// ("the “root cause” field") rather than speech.
const MENTION_MAX_WORDS = 3;
const WORD = /[A-Za-z0-9'’-]+/g;
const SPEAKER_PRONOUN = new Set("i we you he she they it it's i'm we're my our".split(" "));
// "Root cause: human error" / "the sole cause was operator error": one claim, reported once
// as human error (the sharper point), not a second time as single-cause framing.
const SINGLE_CAUSE_CLAIMS = new Set(["RC-01", "RC-02"]);
const LEADING_JUNK = /\s/;
const TRAILING_JUNK = /[\s,;:]/;

// token → indexes of the matchers it can trigger; matchers without triggers always run.
const TRIGGER_INDEX = new Map<string, number[]>();
const ALWAYS_RUN: number[] = [];
MATCHERS.forEach((matcher, index) => {
  const triggers = triggersFor(matcher.id);
  if (!triggers) {
    ALWAYS_RUN.push(index);
    return;
  }
  for (const word of triggers) {
    const list = TRIGGER_INDEX.get(word) ?? [];
    list.push(index);
    TRIGGER_INDEX.set(word, list);
  }
});

/** Indexes of the matchers worth running on a sentence, in catalogue order. */
function candidateMatchers(text: string): number[] {
  const active = new Set<number>(ALWAYS_RUN);
  for (const token of sentenceTokens(text)) {
    const indexes = TRIGGER_INDEX.get(token);
    if (indexes) for (const index of indexes) active.add(index);
  }
  return [...active].sort((a, b) => a - b);
}

/** Analyses one text (a paragraph, an action item, a whole document) and returns its findings. */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  const section = options.section ?? "narrative";
  const settings = compileSettings(options.settings);
  const findings: Finding[] = [];
  const directives = readDirectives(text);
  for (const sentence of splitSentences(maskCode(directives.masked))) {
    for (const finding of analyzeSentence(text, sentence, section, settings)) {
      if (!directives.isSilenced(finding.ruleId, finding.start)) findings.push(finding);
    }
  }
  return findings;
}

/** Exported for tests that run matchers directly. */
export function createContext(
  sentence: Sentence,
  section: Section,
  settings: CompiledSettings,
): RuleContext {
  const subjects = new Map<number, SubjectKind>();
  return {
    text: sentence.text,
    section,
    isQuestion: sentence.isQuestion,
    lexicon: settings,
    subject(index) {
      let kind = subjects.get(index);
      if (kind === undefined) {
        kind = subjectBefore(sentence.text, index, settings);
        subjects.set(index, kind);
      }
      return kind;
    },
    agentAfter: (index) => agentAfter(sentence.text, index, settings),
    phraseAt: (index) => phraseAt(sentence.text, index, settings),
    subjectAfter: (index) => subjectAfter(sentence.text, index, settings),
    clauseSubject: (index) => clauseSubject(sentence.text, index, settings),
  };
}

function isApplicable(
  matcher: RuleMatcher,
  sentence: Sentence,
  section: Section,
  settings: CompiledSettings,
): boolean {
  if (settings.disabledRules.has(matcher.id)) return false;
  if (matcher.skipSections?.includes(section)) return false;
  // Questions are the reframings themselves; only the culprit-question rule looks at them.
  return matcher.questions === "only" ? sentence.isQuestion : !sentence.isQuestion;
}

function analyzeSentence(
  text: string,
  sentence: Sentence,
  section: Section,
  settings: CompiledSettings,
): Finding[] {
  const context = createContext(sentence, section, settings);
  const candidates: Finding[] = [];
  const sentenceText = text.slice(sentence.start, sentence.end);
  for (const index of candidateMatchers(sentence.text)) {
    const matcher = MATCHERS[index];
    if (!matcher || !isApplicable(matcher, sentence, section, settings)) continue;
    for (const span of matcher.match(context)) {
      const finding = toFinding(
        text,
        sentence,
        sentenceText,
        matcher.id,
        trimSpan(sentence.text, span),
        settings,
      );
      if (finding) candidates.push(finding);
    }
  }
  return removeOverlaps(candidates);
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && LEADING_JUNK.test(text[start] ?? "")) start += 1;
  while (end > start && TRAILING_JUNK.test(text[end - 1] ?? "")) end -= 1;
  return { start, end };
}

function toFinding(
  text: string,
  sentence: Sentence,
  sentenceText: string,
  ruleId: string,
  span: Span,
  settings: CompiledSettings,
): Finding | null {
  if (span.end <= span.start) return null;
  if (overlapsAllowListed(sentenceText, span.start, span.end, settings)) return null;
  const rule = getRule(ruleId);
  const quote = sentence.quotes.find(([open, close]) => span.start >= open && span.end <= close);
  if (quote && isMention(sentence.text.slice(quote[0], quote[1]))) return null;
  const start = sentence.start + span.start;
  const end = sentence.start + span.end;
  return {
    ruleId,
    category: rule.category,
    // Quoted speech is often self-blame in the speaker's own words: keep it visible, quietly.
    severity: quote ? "info" : rule.severity,
    start,
    end,
    excerpt: text.slice(start, end),
    message: rule.message,
    question: rule.question,
    source: rule.source,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    fingerprint: fingerprintFinding(ruleId, sentenceText),
    quoted: quote !== undefined,
  };
}

/**
 * A short quotation without a speaker's pronoun names a term ("the “root cause” field");
 * "I broke it" is speech, kept at info severity.
 */
function isMention(quoted: string): boolean {
  const words = quoted.match(WORD) ?? [];
  if (words.length === 0 || words.length > MENTION_MAX_WORDS) return false;
  return !SPEAKER_PRONOUN.has((words[0] ?? "").toLowerCase());
}

/**
 * One underline per claim: overlapping findings of the same category collapse to the most
 * severe (then the longest). A "Root cause: human error" label keeps only the sharper
 * human-error finding, since both would point at the same claim.
 */
function removeOverlaps(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const ranked = [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.end - b.start - (a.end - a.start),
  );
  const kept: Finding[] = [];
  for (const finding of ranked) {
    const clashes = kept.some(
      (other) =>
        other.category === finding.category &&
        other.start < finding.end &&
        finding.start < other.end,
    );
    if (!clashes) kept.push(finding);
  }
  const hasHumanErrorLabel = kept.some((finding) => finding.ruleId === "HE-01");
  return kept
    .filter((finding) => !(hasHumanErrorLabel && SINGLE_CAUSE_CLAIMS.has(finding.ruleId)))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
