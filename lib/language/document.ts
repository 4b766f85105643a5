// Document-level checks and the readiness report. DOC-01: the contributing factors name only
// sharp-end actions (people, commands) and no blunt-end condition. DOC-02: every action item
// asks people to change. Both need the whole review, so they sit outside the per-sentence loop.
import { analyze } from "./analyze";
import { getRule } from "./catalogue";
import { compileSettings } from "./settings";
import { subjectBefore } from "./subject";
import {
  CATEGORIES,
  type Category,
  type Finding,
  type Section,
  type Severity,
  type TeamSettings,
} from "./types";

export interface ReviewDocument {
  summary?: string;
  narrative?: string;
  impact?: string;
  timeline?: readonly string[];
  factors?: readonly string[];
  lucky?: readonly string[];
  actionItems?: readonly string[];
  notes?: readonly string[];
}

export interface DocumentFinding {
  ruleId: "DOC-01" | "DOC-02";
  category: Category;
  severity: Severity;
  message: string;
  question: string;
  source: string;
}

export interface TextFindings {
  section: Section;
  /** Index within the section's list (0 for single-text sections). */
  index: number;
  findings: Finding[];
}

export interface DocumentReport {
  texts: TextFindings[];
  documentFindings: DocumentFinding[];
  /** Findings per category across all texts, document findings included. */
  counts: Record<Category, number>;
}

// Conditions at the blunt end (Dekker): pressure, staffing, missing or misleading design.
// A factor mentioning one explains the situation even when a person is its subject.
const BLUNT_END =
  /\b(?:deadlines?|pressure|rush\s+to|staff(?:ing|ed)?|understaffed|headcount|workload|fatigue|tired|overnight|night|weekend|hand-?offs?|handovers?|defaults?|confusing|misleading|ambiguous|ambiguity|unclear|undocumented|outdated|out\s+of\s+date|stale|missing|lack(?:ed|ing)?|absence|no\s+(?:\w+\s+)?(?:check|checks|test|tests|alert|alerts|review|guard|guardrail|limit|prompt|confirmation|runbook|docs|documentation|owner|monitoring)|without\s+(?:a|any)|priorit(?:y|ies|isation|ization)|budgets?|capacity|architecture|dependenc(?:y|ies)|coupling|legacy|complexity|incentives?|goals?|conflicting|competing|on-call\s+(?:load|rotation)|noisy|noise|alert\s+fatigue|test\s+coverage|observability|visibility|design(?:ed)?|because|since|while)\b/i;
const COMMAND_FACTOR =
  /^(?:ran|typed|executed|pushed|merged|deployed|clicked|deleted|restarted|applied|ssh(?:ed)?|dropped)\b|^\s*$/i;

function isSharpEndOnly(factor: string, settings: ReturnType<typeof compileSettings>): boolean {
  if (BLUNT_END.test(factor)) return false;
  const trimmed = factor.trim();
  if (COMMAND_FACTOR.test(trimmed) || trimmed.startsWith("`")) return true;
  // The actor of the factor is the subject of its first verb-ish word; a person there is
  // the sharp end, whatever object they acted on ("Alice didn't read the runbook").
  const kind = subjectBefore(trimmed, firstVerbIndex(trimmed), settings);
  return kind === "person" || kind === "name";
}

const VERBISH =
  /\b(?:\w+ed|ran|did|made|took|broke|forgot|set|put|was|were|had|didn['’]t|did\s+not|failed|never)\b/i;

function firstVerbIndex(text: string): number {
  const match = VERBISH.exec(text);
  return match ? match.index : text.length;
}

// Remedies aimed at people that HE-06/HE-07 do not flag on their own ("Talk to Sam about…").
const PERSON_REMEDY =
  /^(?:(?:action(?:\s+item)?|todo)\s*:\s*)?(?:talk\s+to|speak\s+(?:to|with)|have\s+a\s+(?:conversation|chat)\s+with|tell|ask|warn|inform|coach|educate|re-?educate)\b/i;
const PEOPLE_REMEDY_RULES = new Set(["HE-06", "HE-07"]);

/** True when an action item asks people to change (train, remind, be careful) rather than the system. */
export function targetsPeople(item: string, settings?: TeamSettings): boolean {
  if (PERSON_REMEDY.test(item.trim())) return true;
  // Switching HE-06/HE-07 off hides their underlines, not the fact that an item targets people.
  const vocabulary = settings && { allowWords: settings.allowWords, people: settings.people };
  return analyze(item, { section: "action_item", settings: vocabulary }).some((finding) =>
    PEOPLE_REMEDY_RULES.has(finding.ruleId),
  );
}

function documentFinding(ruleId: DocumentFinding["ruleId"]): DocumentFinding {
  const rule = getRule(ruleId);
  return {
    ruleId,
    category: rule.category,
    severity: rule.severity,
    message: rule.message,
    question: rule.question,
    source: rule.source,
  };
}

/** Runs the document-level checks alone (DOC-01, DOC-02). */
export function checkDocument(
  document: ReviewDocument,
  settings?: TeamSettings,
): DocumentFinding[] {
  const compiled = compileSettings(settings);
  const findings: DocumentFinding[] = [];
  const factors = (document.factors ?? []).filter((text) => text.trim() !== "");
  if (
    !compiled.disabledRules.has("DOC-01") &&
    factors.length > 0 &&
    factors.every((factor) => isSharpEndOnly(factor, compiled))
  ) {
    findings.push(documentFinding("DOC-01"));
  }
  const actions = (document.actionItems ?? []).filter((text) => text.trim() !== "");
  if (
    !compiled.disabledRules.has("DOC-02") &&
    actions.length > 0 &&
    actions.every((item) => targetsPeople(item, settings))
  ) {
    findings.push(documentFinding("DOC-02"));
  }
  return findings;
}

/** Analyses every text of a review and adds the document checks: the readiness report. */
export function analyzeDocument(document: ReviewDocument, settings?: TeamSettings): DocumentReport {
  const texts: TextFindings[] = [];
  const add = (section: Section, list: readonly string[] | string | undefined) => {
    const items = typeof list === "string" ? [list] : (list ?? []);
    items.forEach((text, index) =>
      texts.push({ section, index, findings: analyze(text, { section, settings }) }),
    );
  };
  add("summary", document.summary);
  add("narrative", document.narrative);
  add("impact", document.impact);
  add("timeline", document.timeline);
  add("factor", document.factors);
  add("lucky", document.lucky);
  add("action_item", document.actionItems);
  add("note", document.notes);
  const documentFindings = checkDocument(document, settings);
  const counts = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<
    Category,
    number
  >;
  for (const finding of [...texts.flatMap((text) => text.findings), ...documentFindings])
    counts[finding.category] += 1;
  return { texts, documentFindings, counts };
}
