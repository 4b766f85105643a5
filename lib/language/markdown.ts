// Reads a whole review written as Markdown: headings decide the section of the text below
// them ("## Timeline", "## Contributing factors", "## Action items"…), list items under
// factors and action items feed the document checks. Used by `debrief lint FILE`.
import { analyze } from "./analyze";
import { checkDocument, type DocumentFinding, type ReviewDocument } from "./document";
import type { Finding, Section, TeamSettings } from "./types";

export interface MarkdownSegment {
  section: Section;
  /** Offsets of the text under one heading (heading line excluded). */
  start: number;
  end: number;
}

const HEADING = /^\s{0,3}#{1,6}\s+(.*)$/;
const FENCE = /^\s{0,3}```/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)])\s+(.*)$/;
const SECTION_HEADINGS: Array<[RegExp, Section]> = [
  [/timeline|chronology|sequence of events/i, "timeline"],
  [/contribut|factors?|causes?|why it happened|how we got here/i, "factor"],
  [/lucky|luck|went well|went right|what helped/i, "lucky"],
  [/action|follow[- ]?ups?|remediation|next steps|todo|to-do|improvements?/i, "action_item"],
  [/impact/i, "impact"],
  [/summary|overview|tl;?dr|abstract/i, "summary"],
  [/notes?|appendix|questions/i, "note"],
];

export function sectionForHeading(heading: string): Section {
  for (const [pattern, section] of SECTION_HEADINGS) if (pattern.test(heading)) return section;
  return "narrative";
}

/** Splits a Markdown review into sections and collects factors and action items. */
export function splitReview(
  text: string,
  fallback: Section = "narrative",
): {
  segments: MarkdownSegment[];
  document: ReviewDocument;
} {
  const segments: MarkdownSegment[] = [];
  const factors: string[] = [];
  const actionItems: string[] = [];
  let section = fallback;
  let segmentStart = 0;
  let offset = 0;
  let inFence = false;
  for (const line of text.split("\n")) {
    const lineEnd = offset + line.length;
    if (FENCE.test(line)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    if (heading) {
      if (offset > segmentStart) segments.push({ section, start: segmentStart, end: offset });
      section = sectionForHeading(heading[1] ?? "");
      segmentStart = Math.min(text.length, lineEnd + 1);
    } else if (!inFence) {
      const item = LIST_ITEM.exec(line)?.[1];
      if (item && section === "factor") factors.push(item);
      if (item && section === "action_item") actionItems.push(item);
    }
    offset = lineEnd + 1;
  }
  if (text.length > segmentStart) segments.push({ section, start: segmentStart, end: text.length });
  return { segments, document: { factors, actionItems } };
}

export interface MarkdownReport {
  findings: Finding[];
  documentFindings: DocumentFinding[];
}

/**
 * Analyses a Markdown review. With `section`, the whole text is treated as that section
 * and headings are ignored; document checks still run on the lists found.
 */
export function analyzeMarkdown(
  text: string,
  options: { section?: Section; settings?: TeamSettings } = {},
): MarkdownReport {
  const { segments, document } = splitReview(text);
  const parts = options.section
    ? [{ section: options.section, start: 0, end: text.length }]
    : segments;
  const findings: Finding[] = [];
  for (const part of parts) {
    const shift = part.start;
    for (const finding of analyze(text.slice(part.start, part.end), {
      section: part.section,
      settings: options.settings,
    })) {
      findings.push({
        ...finding,
        start: finding.start + shift,
        end: finding.end + shift,
        sentenceStart: finding.sentenceStart + shift,
        sentenceEnd: finding.sentenceEnd + shift,
      });
    }
  }
  return { findings, documentFindings: checkDocument(document, options.settings) };
}

/** 1-based line and column (UTF-16 code units) of an offset, for CLI output. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
