// Public API of the blameless-language analyzer (pure TypeScript, no framework imports).
export { analyze } from "./analyze";
export {
  analyzeDocument,
  checkDocument,
  type TextFindings,
  type DocumentFinding,
  type DocumentReport,
  type ReviewDocument,
} from "./document";
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
