// Public types of the blameless-language analyzer. Kept free of runtime code so the editor,
// the CLI and the server can share them without pulling in the rule tables.

export const CATEGORIES = [
  "counterfactual",
  "human_error",
  "blame",
  "hindsight",
  "root_cause",
  "passive_blame",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ["info", "suggestion", "warning"] as const;
export type Severity = (typeof SEVERITIES)[number];

// Where a text lives in the review. Sections change what is acceptable: forward-looking
// "should" belongs in action items, names belong in timelines, counterfactuals in "lucky".
export const SECTIONS = [
  "narrative",
  "summary",
  "impact",
  "factor",
  "lucky",
  "action_item",
  "timeline",
  "note",
] as const;
export type Section = (typeof SECTIONS)[number];

export interface RuleInfo {
  id: string;
  category: Category;
  severity: Severity;
  /** Short name for lists and settings screens. */
  title: string;
  /** One sentence: why the wording gets in the way of learning. */
  message: string;
  /** The reframing question to ask instead. */
  question: string;
  /** The literature behind the rule. */
  source: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the analysed text; excerpt === text.slice(start, end). */
  start: number;
  end: number;
  excerpt: string;
  message: string;
  question: string;
  source: string;
  /** Offsets of the sentence the finding sits in (used for the fingerprint). */
  sentenceStart: number;
  sentenceEnd: number;
  /** Stable while the sentence text is unchanged: key dismissals by it. */
  fingerprint: string;
  /** True when the match sits inside quoted speech (severity is then lowered to info). */
  quoted: boolean;
}

export interface TeamSettings {
  /** Words or phrases that must never be flagged (product names such as "Lazy Loader"). */
  allowWords?: readonly string[];
  /** Rule ids switched off for the team, e.g. ["HM-01", "RC-03"]. */
  disabledRules?: readonly string[];
  /** Extra first names the team uses, so they count as people in subject detection. */
  people?: readonly string[];
}

export interface AnalyzeOptions {
  section?: Section;
  settings?: TeamSettings;
}
