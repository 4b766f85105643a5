// The review as a PDF, drawn on the server with pdfkit (no browser): the title block, a
// table of contents that links to each section, and every section with content. Pure apart
// from pdfkit itself. Only the 14 standard PDF fonts are used, so nothing is fetched or
// embedded; they encode Windows-1252, so other characters are spelled out or replaced.
// Text is drawn as text: pasted markup prints as the characters it is.
import PDFDocument from "pdfkit";
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

// Windows-1252's characters above Latin-1's control range, which the standard fonts draw.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const SPELLED_OUT: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "⏎": "/",
  "−": "-",
  "≥": ">=",
  "≤": "<=",
  "✓": "v",
  "\u00a0": " ",
};

/** Text the standard fonts can draw: spelled-out arrows, "?" for what they cannot. */
export function toPdfText(text: string): string {
  let out = "";
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (character === "\n") out += "\n";
    else if (SPELLED_OUT[character] !== undefined) out += SPELLED_OUT[character];
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += " ";
    else if (code <= 0xff || WIN_ANSI_EXTRA.has(character)) out += character;
    else out += "?";
  }
  return out;
}

const FONT = {
  regular: "Helvetica",
  bold: "Helvetica-Bold",
  italic: "Helvetica-Oblique",
  boldItalic: "Helvetica-BoldOblique",
  code: "Courier",
};
const COLOR = { text: "#1d2025", muted: "#5d6470", rule: "#dcdfe4", accent: "#2f5bd3" };
const MARGIN = 56;

type Pdf = PDFKit.PDFDocument;

function fontOf(run: TextRun): string {
  if (run.code) return FONT.code;
  if (run.bold && run.italic) return FONT.boldItalic;
  if (run.bold) return FONT.bold;
  if (run.italic || run.learnedLater) return FONT.italic;
  return FONT.regular;
}

class PdfWriter {
  constructor(readonly pdf: Pdf) {}

  get width(): number {
    return this.pdf.page.width - MARGIN * 2;
  }

  heading(text: string, size: number, destination?: string): void {
    if (this.pdf.y > this.pdf.page.height - MARGIN - 80) this.pdf.addPage();
    this.pdf.moveDown(size > 14 ? 0.8 : 0.5);
    this.pdf
      .font(FONT.bold)
      .fontSize(size)
      .fillColor(COLOR.text)
      .text(toPdfText(text), MARGIN, this.pdf.y, { width: this.width, destination });
    if (size > 14) {
      const y = this.pdf.y + 2;
      this.pdf
        .moveTo(MARGIN, y)
        .lineTo(MARGIN + this.width, y)
        .strokeColor(COLOR.rule)
        .stroke();
      this.pdf.moveDown(0.4);
    }
    this.pdf.moveDown(0.2);
  }

  paragraph(
    text: string,
    options: { font?: string; size?: number; color?: string; indent?: number } = {},
  ): void {
    if (!text.trim()) return;
    const indent = options.indent ?? 0;
    this.pdf
      .font(options.font ?? FONT.regular)
      .fontSize(options.size ?? 10.5)
      .fillColor(options.color ?? COLOR.text)
      .text(toPdfText(text), MARGIN + indent, this.pdf.y, {
        width: this.width - indent,
        lineGap: 2,
      });
    this.pdf.moveDown(0.35);
  }

  runs(runs: readonly TextRun[], indent = 0, marker?: string, size = 10.5): void {
    const shown = runs.filter((run) => run.text.length > 0);
    if (shown.length === 0) return;
    const x = MARGIN + indent;
    if (marker) {
      this.pdf
        .font(FONT.regular)
        .fontSize(size)
        .fillColor(COLOR.text)
        .text(toPdfText(marker), x - 14, this.pdf.y, { width: 14, lineBreak: false });
    }
    shown.forEach((run, index) => {
      const isLast = index === shown.length - 1;
      const text = toPdfText(run.learnedLater ? `${run.text} (learned later)` : run.text);
      this.pdf
        .font(fontOf(run))
        .fontSize(size)
        .fillColor(run.href ? COLOR.accent : COLOR.text);
      const options = {
        continued: !isLast,
        width: this.width - indent,
        lineGap: 2,
        strike: Boolean(run.strike),
        link: run.href && /^(https?:|mailto:)/i.test(run.href) ? run.href : null,
        underline: Boolean(run.href),
      };
      if (index === 0) this.pdf.text(text, x, this.pdf.y, options);
      else this.pdf.text(text, options);
    });
    this.pdf.moveDown(0.35);
  }

  richText(doc: NonNullable<ReviewDocument["narrative"]>, baseIndent = 0): void {
    for (const block of richTextBlocks(doc)) {
      if (block.kind === "heading")
        this.runs(
          block.runs.map((run) => ({ ...run, bold: true })),
          baseIndent,
          undefined,
          block.level === 2 ? 12.5 : 11.5,
        );
      else if (block.kind === "rule") this.pdf.moveDown(0.5);
      else if (block.kind === "code")
        this.paragraph(block.text, { font: FONT.code, size: 9, indent: baseIndent + 10 });
      else
        this.runs(
          block.quote ? block.runs.map((run) => ({ ...run, italic: true })) : block.runs,
          baseIndent + block.depth * 16 + (block.quote ? 12 : 0),
          block.marker,
        );
    }
  }

  bullets(items: readonly string[]): void {
    for (const item of items) this.runs([{ text: item }], 16, "•");
  }

  /** "Label: value" lines, the label in bold. */
  facts(rows: readonly [string, string][]): void {
    for (const [label, value] of rows)
      this.runs([{ text: `${label}: `, bold: true }, { text: value }]);
  }
}

function writeSection(writer: PdfWriter, document: ReviewDocument, id: SectionId): void {
  const zone = document.zone.zone;
  const time = (iso: string | null) => formatDocumentTime(iso, zone);
  switch (id) {
    case "summary":
      if (document.summary.trim()) {
        writer.heading("Summary", 12);
        writer.paragraph(document.summary);
      }
      if (document.impact.trim()) {
        writer.heading("Impact", 12);
        writer.paragraph(document.impact);
      }
      return;
    case "narrative":
      if (document.narrative) writer.richText(document.narrative);
      return;
    case "key-moments":
      for (const moment of document.keyMoments) {
        writer.runs([
          { text: `${time(moment.at)}  `, bold: true },
          { text: `${moment.label}. `, bold: true },
          { text: moment.service ? `${moment.service}: ` : "", italic: true },
          { text: moment.message },
        ]);
        if (moment.note) writer.paragraph(moment.note, { indent: 16, color: COLOR.muted });
      }
      return;
    case "evidence":
      return;
    case "contributing-factors":
      writer.bullets(document.contributingFactors);
      return;
    case "lucky":
      writer.bullets(document.luckyNotes);
      return;
    case "notes":
      for (const note of document.notes) {
        const who =
          note.kind === "interview"
            ? `${note.subjectName} (interviewed by ${note.authorName})`
            : note.authorName;
        writer.heading(`${who}, ${time(note.anchorTime)}`, 11.5);
        if (note.restriction)
          writer.paragraph(`Visible to: ${note.restriction}`, { color: COLOR.muted, size: 9 });
        if (note.anchorEventMessage)
          writer.paragraph(note.anchorEventMessage, { font: FONT.italic, color: COLOR.muted });
        if (note.learnedLater)
          writer.paragraph("The whole note was learned later.", { color: COLOR.muted, size: 9 });
        for (const part of note.sections) {
          writer.runs([{ text: part.label, bold: true }]);
          writer.richText(part.doc, 10);
        }
      }
      return;
    case "divergence": {
      const divergence = document.divergence;
      if (!divergence) return;
      writer.paragraph(
        `Compared: ${divergence.diagrams.join("; ")}${divergence.hasObserved ? "; and the system the traces show" : ""}.`,
      );
      const lines = divergenceLines(divergence);
      if (lines.length) writer.bullets(lines);
      else writer.paragraph(divergenceAgreement(divergence));
      return;
    }
    case "action-items":
      for (const item of document.actionItems) {
        writer.runs([{ text: item.title, bold: true }], 16, "•");
        writer.paragraph(
          `${item.ownerName ?? "Unassigned"} · ${item.statusLabel}${item.dueDate ? ` · due ${item.dueDate}` : ""}${item.trackerUrl ? ` · ${item.trackerUrl}` : ""}`,
          { indent: 16, color: COLOR.muted, size: 9.5 },
        );
      }
      return;
    case "meeting":
      for (const meeting of document.meetings) {
        writer.heading(`Meeting of ${time(meeting.startedAt)}`, 11.5);
        writer.paragraph(
          `Led by ${meeting.leaderName}${meeting.noteTakerName ? `; notes by ${meeting.noteTakerName}` : ""}.${meeting.attendees.length ? ` Attended: ${meeting.attendees.join(", ")}.` : ""}`,
        );
        const list = (title: string, items: string[]) => {
          if (!items.length) return;
          writer.runs([{ text: title, bold: true }]);
          writer.bullets(items);
        };
        list(
          "Agenda",
          meeting.agenda.map((item) => `${item.title} (${item.minutes} min)`),
        );
        list(
          "Notes",
          meeting.notes.map((note) => `${note.text} (${note.authorName})`),
        );
        list(
          "Questions and surprises",
          meeting.captures.map(
            (capture) =>
              `${capture.kind === "question" ? "Question" : "Surprise"}: ${capture.text}${capture.event ? ` (on "${capture.event}")` : ""} (${capture.authorName})`,
          ),
        );
        list(
          "Parking lot",
          meeting.parking.map(
            (item) => `${item.text}${item.isConverted ? " (now an action item)" : ""}`,
          ),
        );
        if (meeting.followUp.note || meeting.followUp.date)
          writer.facts([
            [
              "Follow-up",
              `${meeting.followUp.note}${meeting.followUp.date ? ` (${meeting.followUp.date})` : ""}`,
            ],
          ]);
      }
      return;
    case "appendix": {
      const appendix = document.appendix;
      if (!appendix) return;
      for (const event of appendix.events) {
        writer.runs(
          [
            { text: `${time(event.at)}  `, code: true },
            { text: [event.service, event.level].filter(Boolean).join(" ") + " ", bold: true },
            { text: event.message },
            { text: event.keyMoment ? `  [${event.keyMoment}]` : "", italic: true },
          ],
          0,
          undefined,
          8.5,
        );
      }
      if (appendix.omitted > 0)
        writer.paragraph(
          `${appendix.omitted} later events are left out; the timeline's own export has them all.`,
          { color: COLOR.muted },
        );
      return;
    }
  }
}

export async function renderPdf(document: ReviewDocument): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: toPdfText(`${document.reference} · ${document.title}`),
      Creator: "Debrief",
    },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on("end", resolve);
    pdf.on("error", reject);
  });
  const writer = new PdfWriter(pdf);

  // Title block.
  writer.paragraph(
    `${document.reference} · ${document.severityLabel} · ${document.statusLabel}${document.isRestricted ? " · Restricted" : ""}`,
    { color: COLOR.muted, size: 10 },
  );
  writer.paragraph(document.title, { font: FONT.bold, size: 20 });
  writer.paragraph(zoneSentence(document), { color: COLOR.muted, size: 9.5 });
  writer.facts([
    ...document.milestones.map((milestone): [string, string] => [
      milestone.label,
      formatDocumentTime(milestone.at, document.zone.zone),
    ]),
    ...milestoneDurations(document.milestones).map((duration): [string, string] => [
      duration.label,
      duration.text,
    ]),
  ]);
  const facts: [string, string][] = [];
  if (document.services.length) facts.push(["Services", document.services.join(", ")]);
  if (document.tags.length) facts.push(["Tags", document.tags.join(", ")]);
  if (document.participants.length)
    facts.push([
      "Participants",
      document.participants.map((person) => `${person.name} (${person.roleLabel})`).join(", "),
    ]);
  writer.facts(facts);

  const sections = documentSections(document);
  if (sections.length) {
    writer.heading("Contents", 15);
    for (const id of sections) {
      pdf
        .font(FONT.regular)
        .fontSize(10.5)
        .fillColor(COLOR.accent)
        .text(SECTION_TITLES[id], MARGIN + 10, pdf.y, { goTo: id, lineGap: 2 });
    }
  }
  for (const id of sections) {
    writer.heading(SECTION_TITLES[id], 15, id);
    writeSection(writer, document, id);
  }

  // Page numbers, once every page exists.
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    pdf.switchToPage(index);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font(FONT.regular)
      .fontSize(8.5)
      .fillColor(COLOR.muted)
      .text(
        toPdfText(`${document.reference} · page ${index + 1} of ${range.count}`),
        MARGIN,
        pdf.page.height - MARGIN / 2 - 6,
        { width: pdf.page.width - MARGIN * 2, align: "center", lineBreak: false },
      );
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
