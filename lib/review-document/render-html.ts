// The review as one standalone HTML file: inline styles, no scripts, no external requests,
// so it opens anywhere and prints well. Pure. Every value a person wrote goes through
// escapeHtml, and the narrative and notes are rendered from their sanitised JSON with the
// app's own extension list (the static renderer escapes text and attributes).
import type { JSONContent } from "@tiptap/core";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { noteTextExtensions, richTextExtensions } from "@/lib/rich-text/extensions";
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
import type { ReviewDocument } from "@/lib/review-document/review-document";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function paragraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .filter((part) => part.trim())
    .map((part) => `<p>${escapeHtml(part.trim()).replace(/\r?\n/g, "<br>")}</p>`)
    .join("");
}

function richText(doc: JSONContent, isNote = false): string {
  return renderToHTMLString({
    content: doc,
    extensions: isNote ? noteTextExtensions : richTextExtensions,
  });
}

function safeLink(href: string): string | null {
  return /^https?:\/\//i.test(href) ? escapeHtml(href) : null;
}

const STYLE = `
body{margin:0;background:#f7f7f5;color:#1d2025;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem 4rem;background:#fff}
h1{font-size:1.9rem;line-height:1.25;margin:.25rem 0 .75rem}
h2{font-size:1.35rem;margin:2.25rem 0 .6rem;padding-bottom:.25rem;border-bottom:1px solid #dcdfe4}
h3{font-size:1.08rem;margin:1.4rem 0 .4rem}
.muted{color:#5d6470}.small{font-size:.88rem}
.badge{display:inline-block;border:1px solid #dcdfe4;border-radius:999px;padding:0 .6rem;font-size:.85rem;margin-right:.35rem}
table{border-collapse:collapse;width:100%;font-size:.92rem;margin:.5rem 0 1rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #dcdfe4}
th{font-weight:600;color:#5d6470}
th[scope=row]{width:12rem}
nav ol{padding-left:1.25rem}
blockquote{margin:.5rem 0;padding-left:.9rem;border-left:3px solid #dcdfe4;color:#5d6470}
pre{white-space:pre-wrap;background:#f7f7f5;padding:.6rem;border-radius:6px;font-size:.88rem}
.learned-later{outline:1px dotted #8a6d00}
.note{border:1px solid #dcdfe4;border-radius:6px;padding:.5rem .9rem;margin:.75rem 0}
@media print{body{background:#fff}main{padding:0}h2{break-after:avoid}.note,tr{break-inside:avoid}}
`;

function titleBlock(document: ReviewDocument): string {
  const zone = document.zone.zone;
  const milestones = document.milestones
    .map(
      (milestone) =>
        `<tr><th scope="row">${milestone.label}</th><td>${escapeHtml(formatDocumentTime(milestone.at, zone))}</td></tr>`,
    )
    .join("");
  const durations = milestoneDurations(document.milestones)
    .map((duration) => `<tr><th scope="row">${duration.label}</th><td>${duration.text}</td></tr>`)
    .join("");
  const facts: string[] = [];
  if (document.services.length)
    facts.push(`<p><strong>Services:</strong> ${document.services.map(escapeHtml).join(", ")}</p>`);
  if (document.tags.length)
    facts.push(`<p><strong>Tags:</strong> ${document.tags.map(escapeHtml).join(", ")}</p>`);
  if (document.participants.length)
    facts.push(
      `<p><strong>Participants:</strong> ${document.participants
        .map((person) => `${escapeHtml(person.name)} (${escapeHtml(person.roleLabel)})`)
        .join(", ")}</p>`,
    );
  return `<header>
<p class="muted">${escapeHtml(document.reference)}
<span class="badge">${escapeHtml(document.severityLabel)}</span><span class="badge">${escapeHtml(document.statusLabel)}</span>${document.isRestricted ? '<span class="badge">Restricted</span>' : ""}</p>
<h1>${escapeHtml(document.title)}</h1>
<p class="muted small">${escapeHtml(zoneSentence(document))}</p>
<table>${milestones}${durations}</table>
${facts.join("\n")}
</header>`;
}

function section(document: ReviewDocument, id: SectionId): string {
  const zone = document.zone.zone;
  const time = (iso: string | null) => escapeHtml(formatDocumentTime(iso, zone));
  switch (id) {
    case "summary":
      return [
        document.summary.trim() ? `<h3>Summary</h3>${paragraphs(document.summary)}` : "",
        document.impact.trim() ? `<h3>Impact</h3>${paragraphs(document.impact)}` : "",
      ].join("");
    case "narrative":
      return document.narrative ? richText(document.narrative) : "";
    case "key-moments":
      return `<table><thead><tr><th>Time</th><th>Moment</th><th>What happened</th></tr></thead><tbody>${document.keyMoments
        .map(
          (moment) =>
            `<tr><td>${time(moment.at)}</td><td>${escapeHtml(moment.label)}</td><td>${moment.service ? `<span class="muted">${escapeHtml(moment.service)}</span> ` : ""}${escapeHtml(moment.message)}${moment.note ? `<br><em>${escapeHtml(moment.note)}</em>` : ""}</td></tr>`,
        )
        .join("")}</tbody></table>`;
    case "evidence":
      return "";
    case "contributing-factors":
      return `<ul>${document.contributingFactors.map((factor) => `<li>${escapeHtml(factor)}</li>`).join("")}</ul>`;
    case "lucky":
      return `<ul>${document.luckyNotes.map((note) => `<li>${escapeHtml(note)}</li>`).join("")}</ul>`;
    case "notes":
      return document.notes
        .map((note) => {
          const who =
            note.kind === "interview"
              ? `${escapeHtml(note.subjectName)} <span class="muted">(interviewed by ${escapeHtml(note.authorName)})</span>`
              : escapeHtml(note.authorName);
          return `<section class="note"><h3>${who}, ${time(note.anchorTime)}</h3>${note.restriction ? `<p class="muted small">Visible to: ${escapeHtml(note.restriction)}</p>` : ""}${note.anchorEventMessage ? `<blockquote>${escapeHtml(note.anchorEventMessage)}</blockquote>` : ""}${note.learnedLater ? '<p class="muted small">The whole note was learned later.</p>' : ""}${note.sections
            .map((part) => `<h4>${escapeHtml(part.label)}</h4>${richText(part.doc, true)}`)
            .join("")}</section>`;
        })
        .join("");
    case "divergence": {
      const divergence = document.divergence;
      if (!divergence) return "";
      const lines = divergenceLines(divergence);
      return `<p>Compared: ${divergence.diagrams.map(escapeHtml).join("; ")}${divergence.hasObserved ? "; and the system the traces show" : ""}.</p>${
        lines.length
          ? `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`
          : `<p>${escapeHtml(divergenceAgreement(divergence))}</p>`
      }`;
    }
    case "action-items":
      return `<table><thead><tr><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr></thead><tbody>${document.actionItems
        .map((item) => {
          const link = item.trackerUrl ? safeLink(item.trackerUrl) : null;
          return `<tr><td>${escapeHtml(item.title)}${link ? ` (<a href="${link}">tracker</a>)` : ""}</td><td>${escapeHtml(item.ownerName ?? "Unassigned")}</td><td>${escapeHtml(item.dueDate ?? "—")}</td><td>${escapeHtml(item.statusLabel)}</td></tr>`;
        })
        .join("")}</tbody></table>`;
    case "meeting":
      return document.meetings
        .map((meeting) => {
          const list = (title: string, items: string[]) =>
            items.length
              ? `<h4>${title}</h4><ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`
              : "";
          return `<section><h3>Meeting of ${time(meeting.startedAt)}</h3><p>Led by ${escapeHtml(meeting.leaderName)}${meeting.noteTakerName ? `; notes by ${escapeHtml(meeting.noteTakerName)}` : ""}.${meeting.attendees.length ? ` Attended: ${meeting.attendees.map(escapeHtml).join(", ")}.` : ""}</p>${list(
            "Agenda",
            meeting.agenda.map((item) => `${escapeHtml(item.title)} (${item.minutes} min)`),
          )}${list(
            "Notes",
            meeting.notes.map(
              (note) =>
                `${escapeHtml(note.text)} <span class="muted">— ${escapeHtml(note.authorName)}</span>`,
            ),
          )}${list(
            "Questions and surprises",
            meeting.captures.map(
              (capture) =>
                `${capture.kind === "question" ? "Question" : "Surprise"}: ${escapeHtml(capture.text)}${capture.event ? ` <span class="muted">(on “${escapeHtml(capture.event)}”)</span>` : ""} <span class="muted">— ${escapeHtml(capture.authorName)}</span>`,
            ),
          )}${list(
            "Parking lot",
            meeting.parking.map(
              (item) =>
                `${escapeHtml(item.text)}${item.isConverted ? " (now an action item)" : ""}`,
            ),
          )}${meeting.followUp.note || meeting.followUp.date ? `<p><strong>Follow-up:</strong> ${escapeHtml(meeting.followUp.note)}${meeting.followUp.date ? ` (${escapeHtml(meeting.followUp.date)})` : ""}</p>` : ""}</section>`;
        })
        .join("");
    case "appendix": {
      const appendix = document.appendix;
      if (!appendix) return "";
      return `<table><thead><tr><th>Time</th><th>Service</th><th>Level</th><th>Source</th><th>Message</th><th>Key moment</th></tr></thead><tbody>${appendix.events
        .map(
          (event) =>
            `<tr><td>${time(event.at)}</td><td>${escapeHtml(event.service)}</td><td>${escapeHtml(event.level)}</td><td>${escapeHtml(event.source)}</td><td>${escapeHtml(event.message)}</td><td>${escapeHtml(event.keyMoment)}</td></tr>`,
        )
        .join(
          "",
        )}</tbody></table>${appendix.omitted > 0 ? `<p class="muted">${appendix.omitted} later events are left out; the timeline’s own export has them all.</p>` : ""}`;
    }
  }
}

export function renderHtml(document: ReviewDocument): string {
  const sections = documentSections(document);
  const contents = sections.length
    ? `<nav aria-label="Contents"><h2>Contents</h2><ol>${sections
        .map((id) => `<li><a href="#${id}">${SECTION_TITLES[id]}</a></li>`)
        .join("")}</ol></nav>`
    : "";
  const body = sections
    .map(
      (id) =>
        `<section id="${id}"><h2>${SECTION_TITLES[id]}</h2>${section(document, id)}</section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(`${document.reference} · ${document.title}`)}</title>
<style>${STYLE}</style></head>
<body><main>
${titleBlock(document)}
${contents}
${body}
<p class="muted small">Exported from Debrief on ${escapeHtml(formatDocumentTime(document.generatedAt, document.zone.zone))}.</p>
</main></body></html>
`;
}
