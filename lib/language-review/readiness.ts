// The readiness report: every language finding across all texts of an incident, minus the
// dismissed ones, with where each sits, plus the document-level checks. Pure, so the form
// computes it live in the browser and the report page on the server from the same code.
import {
  analyze,
  CATEGORIES,
  type Category,
  type Finding,
  type Section,
  type TeamSettings,
} from "@/lib/language";
import type { IncidentInput } from "@/lib/incidents/schema";
import { checkDocument, type DocumentFinding } from "@/lib/language/document";
import { narrativeBlocks, parseNarrative } from "@/lib/rich-text/narrative";

export interface ReviewTexts {
  /** One entry per narrative block (paragraph, heading, list item). */
  narrativeBlocks: readonly string[];
  summary: string;
  impact: string;
  contributingFactors: readonly string[];
  luckyNotes: readonly string[];
  actionItems: readonly string[];
}

export type ReviewField =
  "narrative" | "summary" | "impact" | "contributingFactors" | "luckyNotes" | "actionItems";

export interface LocatedFinding extends Finding {
  field: ReviewField;
  /** Block or list index within the field. */
  index: number;
  location: string;
}

export interface ReadinessReport {
  findings: LocatedFinding[];
  documentFindings: DocumentFinding[];
  counts: Record<Category, number>;
  total: number;
  dismissedCount: number;
}

const FIELDS: {
  field: ReviewField;
  section: Section;
  label: (index: number) => string;
  list: (texts: ReviewTexts) => readonly string[];
}[] = [
  {
    field: "narrative",
    section: "narrative",
    label: () => "Narrative",
    list: (texts) => texts.narrativeBlocks,
  },
  {
    field: "summary",
    section: "summary",
    label: () => "Summary",
    list: (texts) => [texts.summary],
  },
  { field: "impact", section: "impact", label: () => "Impact", list: (texts) => [texts.impact] },
  {
    field: "contributingFactors",
    section: "factor",
    label: (index) => `Contributing factor ${index + 1}`,
    list: (texts) => texts.contributingFactors,
  },
  {
    field: "luckyNotes",
    section: "lucky",
    label: (index) => `Where we got lucky ${index + 1}`,
    list: (texts) => texts.luckyNotes,
  },
  {
    field: "actionItems",
    section: "action_item",
    label: (index) => `Action item ${index + 1}`,
    list: (texts) => texts.actionItems,
  },
];

// The texts of an incident as the form edits them (the narrative split into its blocks).
export function reviewTextsOf(values: IncidentInput): ReviewTexts {
  return {
    narrativeBlocks: narrativeBlocks(parseNarrative(values.narrative), true),
    summary: values.summary,
    impact: values.impact,
    contributingFactors: values.contributingFactors,
    luckyNotes: values.luckyNotes,
    actionItems: values.actionItems.map((item) => item.title),
  };
}

export function sectionOf(field: ReviewField): Section {
  return FIELDS.find((entry) => entry.field === field)?.section ?? "note";
}

export function buildReadinessReport(
  texts: ReviewTexts,
  dismissed: ReadonlySet<string>,
  settings?: TeamSettings,
): ReadinessReport {
  const findings: LocatedFinding[] = [];
  let dismissedCount = 0;
  for (const { field, section, label, list } of FIELDS) {
    list(texts).forEach((text, index) => {
      if (!text.trim()) return;
      for (const finding of analyze(text, { section, settings })) {
        if (dismissed.has(finding.fingerprint)) {
          dismissedCount += 1;
          continue;
        }
        findings.push({ ...finding, field, index, location: label(index) });
      }
    });
  }
  const documentFindings = checkDocument(
    { factors: texts.contributingFactors, actionItems: texts.actionItems },
    settings,
  );
  const counts = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<
    Category,
    number
  >;
  for (const finding of [...findings, ...documentFindings]) counts[finding.category] += 1;
  return {
    findings,
    documentFindings,
    counts,
    total: findings.length + documentFindings.length,
    dismissedCount,
  };
}
