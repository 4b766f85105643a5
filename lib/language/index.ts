// Public API of the blameless-language analyzer (pure TypeScript, no framework imports).
// The editor calls `analyze` per block on each keystroke; the readiness report calls
// `analyzeDocument`; dismissals are keyed by `Finding.fingerprint` (see `fingerprintFinding`).
export { analyze } from "./analyze";
export {
  analyzeDocument,
  checkDocument,
  type DocumentFinding,
  type DocumentReport,
  type ReviewDocument,
  type TextFindings,
} from "./document";
export { createBlockAnalyzer, type BlockAnalyzer, type TextBlock } from "./incremental";
export { analyzeMarkdown, lineAndColumn, sectionForHeading, type MarkdownReport } from "./markdown";
export { RULES, getRule } from "./catalogue";
export { fingerprintFinding, normaliseSentence } from "./fingerprint";
export { CATEGORIES, SECTIONS, SEVERITIES } from "./types";
export type {
  AnalyzeOptions,
  Category,
  Finding,
  RuleInfo,
  Section,
  Severity,
  TeamSettings,
} from "./types";
