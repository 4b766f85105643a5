// Which sections a review document has, in reading order, with the anchors the table of
// contents links to. Pure: the read view and every export list the same sections, and a
// section without content is left out rather than shown empty.
import type { ReviewDocument } from "@/lib/review-document/review-document";

export type SectionId =
  | "summary"
  | "narrative"
  | "key-moments"
  | "evidence"
  | "contributing-factors"
  | "lucky"
  | "notes"
  | "divergence"
  | "action-items"
  | "meeting"
  | "appendix";

export const SECTION_TITLES: Record<SectionId, string> = {
  summary: "Summary and impact",
  narrative: "Narrative",
  "key-moments": "Key moments",
  evidence: "Evidence over time",
  "contributing-factors": "Contributing factors",
  lucky: "Where we got lucky",
  notes: "Participants’ notes",
  divergence: "Where mental models diverged",
  "action-items": "Action items",
  meeting: "Review meeting record",
  appendix: "Appendix: full timeline",
};

export function documentSections(
  document: ReviewDocument,
  options: { withChart?: boolean } = {},
): SectionId[] {
  const present: [SectionId, boolean][] = [
    ["summary", Boolean(document.summary.trim() || document.impact.trim())],
    ["narrative", document.narrative !== null],
    ["key-moments", document.keyMoments.length > 0],
    ["evidence", Boolean(options.withChart && document.chart)],
    ["contributing-factors", document.contributingFactors.length > 0],
    ["lucky", document.luckyNotes.length > 0],
    ["notes", document.notes.length > 0],
    ["divergence", document.divergence !== null],
    ["action-items", document.actionItems.length > 0],
    ["meeting", document.meetings.length > 0],
    ["appendix", document.appendix !== null],
  ];
  return present.filter(([, isPresent]) => isPresent).map(([id]) => id);
}

const calls = (count: number) => `${count} ${count === 1 ? "call" : "calls"}`;
const quoted = (labels: string[]) => labels.map((label) => `“${label}”`).join(", ");

/** The divergence summary's findings as sentences, shared by every format. */
export function divergenceLines(divergence: NonNullable<ReviewDocument["divergence"]>): string[] {
  const lines: string[] = [];
  for (const dependency of divergence.hiddenDependencies)
    lines.push(
      `Nobody drew ${dependency.from} → ${dependency.to}, which the traces show (${calls(dependency.calls)}).`,
    );
  for (const component of divergence.hiddenComponents)
    lines.push(`Nobody drew ${component.name}, which the traces show (${calls(component.calls)}).`);
  for (const edge of divergence.unobservedEdges)
    lines.push(
      `${edge.from} → ${edge.to} is drawn in ${quoted(edge.drawnBy)}, but the traces never show it.`,
    );
  for (const component of divergence.onlySome)
    lines.push(`${component.name} is drawn only in ${quoted(component.drawnBy)}.`);
  for (const pair of divergence.directionDisagreements)
    lines.push(`The diagrams disagree on the direction between ${pair.a} and ${pair.b}.`);
  return lines;
}

/** What to say when the comparison found nothing. */
export function divergenceAgreement(divergence: NonNullable<ReviewDocument["divergence"]>): string {
  if (divergence.diagrams.length < 2 && !divergence.hasObserved)
    return "Only one diagram so far, and no traces: nothing to compare it with yet.";
  return divergence.hasObserved
    ? "The diagrams agree with each other and with the traces."
    : "The diagrams agree.";
}
