// The review as GitHub-flavoured Markdown: a title block, a table of contents, each section
// that has content, the key moments as a table, and the full timeline as an optional
// appendix. Pure. Everything a person wrote is escaped, so pasted markup (a `<script>`, a
// table pipe, a heading mark) stays text when the file is rendered.
import {
  divergenceAgreement,
  divergenceLines,
  documentSections,
  SECTION_TITLES,
  type SectionId,
} from "@/lib/review-document/document-sections";
import {
  formatDocumentTime,
  milestoneDurations,
  zoneSentence,
} from "@/lib/review-document/document-time";
import { richTextBlocks, type TextRun } from "@/lib/review-document/rich-text-blocks";
import type { ReviewDocument } from "@/lib/review-document/review-document";

/** Backslash-escapes every character Markdown or its inline HTML could act on. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, "\\$&")
    .replace(/^(\s*)([#+=-])/gm, "$1\\$2")
    .replace(/^(\s*)(\d+)([.)])/gm, "$1$2\\$3");
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, " ⏎ ").trim();
}

function cell(text: string): string {
  return escapeMarkdown(oneLine(text)) || " ";
}

/** Multi-line plain text: paragraphs at blank lines, line breaks kept inside them. */
function plainParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((part) =>
      part
        .split(/\r?\n/)
        .map((line) => escapeMarkdown(line.trim()))
        .filter(Boolean)
        .join("  \n"),
    )
    .filter(Boolean);
}

/** GitHub's heading anchor for a title (lower case, punctuation dropped, spaces to dashes). */
export function headingSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, "")
    .replace(/ /g, "-");
}

function inline(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      if (run.text === "\n") return "  \n";
      if (run.code) {
        const fence = "`".repeat(
          (run.text.match(/`+/g) ?? []).reduce((n, s) => Math.max(n, s.length), 0) + 1,
        );
        return `${fence} ${run.text} ${fence}`;
      }
      let text = escapeMarkdown(run.text);
      if (!text.trim()) return text;
      if (run.bold) text = `**${text}**`;
      if (run.italic) text = `_${text}_`;
      if (run.strike) text = `~~${text}~~`;
      if (run.learnedLater) text = `${text} _(learned later)_`;
      if (run.href)
        text = `[${text}](${encodeURI(decodeURISafe(run.href)).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)})`;
      return text;
    })
    .join("");
}

function decodeURISafe(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

function richText(doc: NonNullable<ReviewDocument["narrative"]>): string[] {
  const out: string[] = [];
  for (const block of richTextBlocks(doc)) {
    if (block.kind === "heading") out.push(`${"#".repeat(block.level + 1)} ${inline(block.runs)}`);
    else if (block.kind === "rule") out.push("---");
    else if (block.kind === "code") {
      const longest = (block.text.match(/`+/g) ?? []).reduce((n, s) => Math.max(n, s.length), 0);
      const fence = "`".repeat(Math.max(3, longest + 1));
      out.push(`${fence}text\n${block.text}\n${fence}`);
    } else {
      const indent = "  ".repeat(Math.max(0, block.depth - 1));
      const marker = block.marker
        ? block.marker === "•"
          ? "- "
          : `${block.marker} `
        : block.depth > 0
          ? "  "
          : "";
      const text = `${indent}${marker}${inline(block.runs)}`;
      out.push(block.quote ? `> ${text}` : text);
    }
  }
  return out;
}

function titleBlock(document: ReviewDocument): string[] {
  const out = [`# ${escapeMarkdown(document.reference)} · ${escapeMarkdown(document.title)}`, ""];
  const badges = [
    `**Severity:** ${escapeMarkdown(document.severityLabel)}`,
    `**Status:** ${escapeMarkdown(document.statusLabel)}`,
  ];
  if (document.isRestricted) badges.push("**Restricted** (participants and admins only)");
  out.push(badges.join(" · "), "", `_${zoneSentence(document)}_`, "");
  out.push("| | |", "|---|---|");
  for (const milestone of document.milestones)
    out.push(
      `| ${milestone.label} | ${cell(formatDocumentTime(milestone.at, document.zone.zone))} |`,
    );
  for (const duration of milestoneDurations(document.milestones))
    out.push(`| ${duration.label} | ${duration.text} |`);
  out.push("");
  if (document.services.length)
    out.push(`**Services:** ${document.services.map(escapeMarkdown).join(", ")}  `);
  if (document.tags.length) out.push(`**Tags:** ${document.tags.map(escapeMarkdown).join(", ")}  `);
  if (document.participants.length)
    out.push(
      `**Participants:** ${document.participants
        .map((person) => `${escapeMarkdown(person.name)} (${person.roleLabel})`)
        .join(", ")}`,
    );
  return out;
}

function section(document: ReviewDocument, id: SectionId): string[] {
  const zone = document.zone.zone;
  switch (id) {
    case "summary": {
      const out: string[] = [];
      if (document.summary.trim())
        out.push("### Summary", "", ...plainParagraphs(document.summary).flatMap((p) => [p, ""]));
      if (document.impact.trim())
        out.push("### Impact", "", ...plainParagraphs(document.impact).flatMap((p) => [p, ""]));
      return out;
    }
    case "narrative":
      return document.narrative ? richText(document.narrative).flatMap((line) => [line, ""]) : [];
    case "key-moments":
      return [
        `| Time (${escapeMarkdown(document.zone.label)}) | Moment | Service | What happened | Note |`,
        "|---|---|---|---|---|",
        ...document.keyMoments.map(
          (moment) =>
            `| ${cell(formatDocumentTime(moment.at, zone))} | ${cell(moment.label)} | ${cell(moment.service)} | ${cell(moment.message)} | ${cell(moment.note)} |`,
        ),
        "",
      ];
    case "evidence":
      return [];
    case "contributing-factors":
      return [...document.contributingFactors.map((factor) => `- ${cell(factor)}`), ""];
    case "lucky":
      return [...document.luckyNotes.map((note) => `- ${cell(note)}`), ""];
    case "notes":
      return document.notes.flatMap((note) => {
        const who =
          note.kind === "interview"
            ? `${escapeMarkdown(note.subjectName)} (interviewed by ${escapeMarkdown(note.authorName)})`
            : escapeMarkdown(note.authorName);
        const out = [
          `### ${who}, ${escapeMarkdown(formatDocumentTime(note.anchorTime, zone))}`,
          "",
        ];
        if (note.restriction) out.push(`_Visible to: ${escapeMarkdown(note.restriction)}_`, "");
        if (note.anchorEventMessage) out.push(`> ${cell(note.anchorEventMessage)}`, "");
        if (note.learnedLater) out.push("_The whole note was learned later._", "");
        for (const part of note.sections)
          out.push(
            `**${escapeMarkdown(part.label)}**`,
            "",
            ...richText(part.doc).flatMap((line) => [line, ""]),
          );
        return out;
      });
    case "divergence": {
      const divergence = document.divergence;
      if (!divergence) return [];
      const lines = divergenceLines(divergence);
      return [
        `Compared: ${divergence.diagrams.map(escapeMarkdown).join("; ")}${divergence.hasObserved ? "; and the system the traces show" : ""}.`,
        "",
        ...(lines.length
          ? lines.map((line) => `- ${cell(line)}`)
          : [divergenceAgreement(divergence)]),
        "",
      ];
    }
    case "action-items":
      return [
        "| Action | Owner | Due | Status |",
        "|---|---|---|---|",
        ...document.actionItems.map(
          (item) =>
            `| ${cell(item.title)}${item.trackerUrl ? ` ([tracker](${encodeURI(decodeURISafe(item.trackerUrl))}))` : ""} | ${cell(item.ownerName ?? "Unassigned")} | ${item.dueDate ?? "—"} | ${item.statusLabel} |`,
        ),
        "",
      ];
    case "meeting":
      return document.meetings.flatMap((meeting) => {
        const out = [
          `### Meeting of ${escapeMarkdown(formatDocumentTime(meeting.startedAt, zone))}`,
          "",
          `Led by ${escapeMarkdown(meeting.leaderName)}${meeting.noteTakerName ? `; notes by ${escapeMarkdown(meeting.noteTakerName)}` : ""}.${meeting.attendees.length ? ` Attended: ${meeting.attendees.map(escapeMarkdown).join(", ")}.` : ""}`,
          "",
        ];
        if (meeting.agenda.length)
          out.push(
            "**Agenda**",
            "",
            ...meeting.agenda.map((item) => `- ${cell(item.title)} (${item.minutes} min)`),
            "",
          );
        if (meeting.notes.length)
          out.push(
            "**Notes**",
            "",
            ...meeting.notes.map(
              (note) => `- ${cell(note.text)} — ${escapeMarkdown(note.authorName)}`,
            ),
            "",
          );
        if (meeting.captures.length)
          out.push(
            "**Questions and surprises**",
            "",
            ...meeting.captures.map(
              (capture) =>
                `- ${capture.kind === "question" ? "Question" : "Surprise"}: ${cell(capture.text)}${capture.event ? ` (on “${cell(capture.event)}”)` : ""} — ${escapeMarkdown(capture.authorName)}`,
            ),
            "",
          );
        if (meeting.parking.length)
          out.push(
            "**Parking lot**",
            "",
            ...meeting.parking.map(
              (item) => `- ${cell(item.text)}${item.isConverted ? " (now an action item)" : ""}`,
            ),
            "",
          );
        if (meeting.followUp.note || meeting.followUp.date)
          out.push(
            `**Follow-up:** ${cell(meeting.followUp.note)}${meeting.followUp.date ? ` (${meeting.followUp.date})` : ""}`,
            "",
          );
        return out;
      });
    case "appendix": {
      const appendix = document.appendix;
      if (!appendix) return [];
      const out = [
        `| Time (${escapeMarkdown(document.zone.label)}) | Service | Level | Source | Message | Key moment |`,
        "|---|---|---|---|---|---|",
        ...appendix.events.map(
          (event) =>
            `| ${cell(formatDocumentTime(event.at, zone))} | ${cell(event.service)} | ${cell(event.level)} | ${cell(event.source)} | ${cell(event.message)} | ${cell(event.keyMoment)} |`,
        ),
        "",
      ];
      if (appendix.omitted > 0)
        out.push(
          `_${appendix.omitted} later events are left out; the timeline's own export has them all._`,
          "",
        );
      return out;
    }
  }
}

export function renderMarkdown(document: ReviewDocument): string {
  const sections = documentSections(document);
  const out = titleBlock(document);
  if (sections.length) {
    out.push("", "## Contents", "");
    for (const id of sections)
      out.push(`- [${SECTION_TITLES[id]}](#${headingSlug(SECTION_TITLES[id])})`);
  }
  for (const id of sections) out.push("", `## ${SECTION_TITLES[id]}`, "", ...section(document, id));
  out.push(
    "",
    `_Exported from Debrief on ${formatDocumentTime(document.generatedAt, document.zone.zone)}._`,
    "",
  );
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
