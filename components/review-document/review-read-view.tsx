// The review as a document: the title block, a table of contents, and each section that has
// content, in a readable measure. Server-rendered from the ReviewDocument the caller may
// see; the narrative and notes go through the editor's own extension list, and React
// escapes every word a person wrote.
import type { JSONContent } from "@tiptap/core";
import { renderToReactElement } from "@tiptap/static-renderer/pm/react";
import { EvidenceChart } from "@/components/review-document/evidence-chart";
import { FollowChanges } from "@/components/review-document/follow-changes";
import { noteTextExtensions, richTextExtensions } from "@/lib/rich-text/extensions";
import {
  divergenceAgreement,
  divergenceLines,
  documentSections,
  SECTION_TITLES,
  type SectionId,
} from "@/lib/review-document/document-sections";
import {
  formatClockTime,
  formatDocumentTime,
  milestoneDurations,
  zoneSentence,
} from "@/lib/review-document/document-time";
import type { ReviewDocument } from "@/lib/review-document/review-document";
import { revealInvisible } from "@/lib/text/clean-text";

function RichText({ doc, isNote = false }: { doc: JSONContent; isNote?: boolean }) {
  return (
    <div className="narrative-view">
      {renderToReactElement({
        content: doc,
        extensions: isNote ? noteTextExtensions : richTextExtensions,
      })}
    </div>
  );
}

function Paragraphs({ text }: { text: string }) {
  return text
    .split(/\r?\n\s*\r?\n/)
    .filter((part) => part.trim())
    .map((part, index) => (
      <p key={index} className="keep-lines">
        {part.trim()}
      </p>
    ));
}

function Time({ iso, zone }: { iso: string | null; zone: string }) {
  return iso ? <time dateTime={iso}>{formatDocumentTime(iso, zone)}</time> : <span>—</span>;
}

function DownloadForm({ reference }: { reference: string }) {
  return (
    <form
      className="download-form"
      method="get"
      action={`/api/incidents/${reference}/export`}
      aria-label="Download the review"
    >
      <span className="muted small">Download:</span>
      <button type="submit" name="format" value="md">
        Markdown
      </button>
      <button type="submit" name="format" value="html">
        HTML
      </button>
      <button type="submit" name="format" value="pdf">
        PDF
      </button>
      <label className="inline-check">
        <input type="checkbox" name="appendix" value="1" /> with the full timeline
      </label>
    </form>
  );
}

function Section({ document, id }: { document: ReviewDocument; id: SectionId }) {
  const zone = document.zone.zone;
  switch (id) {
    case "summary":
      return (
        <>
          {document.summary.trim() && (
            <>
              <h3>Summary</h3>
              <Paragraphs text={document.summary} />
            </>
          )}
          {document.impact.trim() && (
            <>
              <h3>Impact</h3>
              <Paragraphs text={document.impact} />
            </>
          )}
        </>
      );
    case "narrative":
      return document.narrative ? <RichText doc={document.narrative} /> : null;
    case "key-moments":
      return (
        <ol className="moment-list">
          {document.keyMoments.map((moment, index) => (
            <li key={index}>
              <time dateTime={moment.at} title={formatDocumentTime(moment.at, zone)}>
                {formatClockTime(moment.at, zone)}
              </time>
              <div>
                <span className={`badge moment-${moment.kind}`}>{moment.label}</span>{" "}
                {moment.service && <span className="muted">{moment.service} · </span>}
                <span className="keep-lines">{revealInvisible(moment.message)}</span>
                {moment.note && <p className="moment-note">{moment.note}</p>}
              </div>
            </li>
          ))}
        </ol>
      );
    case "evidence":
      return document.chart ? (
        <EvidenceChart
          chart={document.chart}
          bucketLabels={document.chart.buckets.map((bucket) =>
            formatClockTime(bucket.at, zone).slice(0, 5),
          )}
          zoneLabel={document.zone.label}
        />
      ) : null;
    case "contributing-factors":
      return (
        <ul>
          {document.contributingFactors.map((factor, index) => (
            <li key={index} className="keep-lines">
              {factor}
            </li>
          ))}
        </ul>
      );
    case "lucky":
      return (
        <ul>
          {document.luckyNotes.map((note, index) => (
            <li key={index} className="keep-lines">
              {note}
            </li>
          ))}
        </ul>
      );
    case "notes":
      return (
        <div className="stack">
          {document.notes.map((note) => (
            <article key={note.id} className="card read-note">
              <h3>
                {note.kind === "interview" ? (
                  <>
                    {note.subjectName}{" "}
                    <span className="muted">(interviewed by {note.authorName})</span>
                  </>
                ) : (
                  note.authorName
                )}
                <span className="muted small">
                  {" · "}
                  <Time iso={note.anchorTime} zone={zone} />
                </span>
              </h3>
              {note.restriction && <p className="muted small">Visible to {note.restriction}.</p>}
              {note.anchorEventMessage && <blockquote>{note.anchorEventMessage}</blockquote>}
              {note.learnedLater && (
                <p className="muted small">The whole note was learned later.</p>
              )}
              {note.sections.map((part) => (
                <div key={part.key}>
                  <h4>{part.label}</h4>
                  <RichText doc={part.doc} isNote />
                </div>
              ))}
            </article>
          ))}
        </div>
      );
    case "divergence": {
      const divergence = document.divergence;
      if (!divergence) return null;
      const lines = divergenceLines(divergence);
      return (
        <>
          <p>
            Compared: {divergence.diagrams.join("; ")}
            {divergence.hasObserved ? "; and the system the traces show" : ""}.
          </p>
          {lines.length ? (
            <ul>
              {lines.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>{divergenceAgreement(divergence)}</p>
          )}
        </>
      );
    }
    case "action-items":
      return (
        <table className="read-table">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {document.actionItems.map((item, index) => (
              <tr key={index}>
                <td>
                  {item.title}
                  {item.trackerUrl && /^https?:\/\//i.test(item.trackerUrl) && (
                    <>
                      {" "}
                      <a href={item.trackerUrl} rel="noopener noreferrer nofollow">
                        tracker
                      </a>
                    </>
                  )}
                </td>
                <td>{item.ownerName ?? <span className="muted">Unassigned</span>}</td>
                <td>{item.dueDate ?? "—"}</td>
                <td>
                  <span className={`badge action-${item.status}`}>{item.statusLabel}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case "meeting":
      return (
        <div className="stack">
          {document.meetings.map((meeting, index) => (
            <article key={index}>
              <h3>
                Meeting of <Time iso={meeting.startedAt} zone={zone} />
              </h3>
              <p>
                Led by {meeting.leaderName}
                {meeting.noteTakerName && <>; notes by {meeting.noteTakerName}</>}.
                {meeting.attendees.length > 0 && <> Attended: {meeting.attendees.join(", ")}.</>}
              </p>
              <MeetingList
                title="Agenda"
                items={meeting.agenda.map((item) => `${item.title} (${item.minutes} min)`)}
              />
              <MeetingList
                title="Notes"
                items={meeting.notes.map((note) => `${note.text} — ${note.authorName}`)}
              />
              <MeetingList
                title="Questions and surprises"
                items={meeting.captures.map(
                  (capture) =>
                    `${capture.kind === "question" ? "Question" : "Surprise"}: ${capture.text}${capture.event ? ` (on “${capture.event}”)` : ""} — ${capture.authorName}`,
                )}
              />
              <MeetingList
                title="Parking lot"
                items={meeting.parking.map(
                  (item) => `${item.text}${item.isConverted ? " (now an action item)" : ""}`,
                )}
              />
              {(meeting.followUp.note || meeting.followUp.date) && (
                <p>
                  <strong>Follow-up:</strong> {meeting.followUp.note}
                  {meeting.followUp.date && ` (${meeting.followUp.date})`}
                </p>
              )}
            </article>
          ))}
        </div>
      );
    case "appendix":
      return null;
  }
}

function MeetingList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((item, index) => (
          <li key={index} className="keep-lines">
            {item}
          </li>
        ))}
      </ul>
    </>
  );
}

export function ReviewReadView({ document }: { document: ReviewDocument }) {
  const zone = document.zone.zone;
  const sections = documentSections(document, { withChart: true });
  const durations = milestoneDurations(document.milestones);
  return (
    <div className="read-layout" data-testid="read-view">
      <FollowChanges />
      <aside className="read-toc">
        <nav aria-label="Contents">
          <h2 className="small muted">Contents</h2>
          {sections.length ? (
            <ol>
              {sections.map((id) => (
                <li key={id}>
                  <a href={`#${id}`}>{SECTION_TITLES[id]}</a>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted small">Nothing written yet.</p>
          )}
        </nav>
        <DownloadForm reference={document.reference} />
      </aside>
      <article className="read-view">
        <header className="read-title-block">
          <p className="muted small">{zoneSentence(document)}</p>
          <dl className="read-facts">
            {document.milestones.map((milestone) => (
              <div key={milestone.key}>
                <dt>{milestone.label}</dt>
                <dd>
                  <Time iso={milestone.at} zone={zone} />
                </dd>
              </div>
            ))}
            {durations.map((duration) => (
              <div key={duration.label}>
                <dt>{duration.label}</dt>
                <dd>{duration.text}</dd>
              </div>
            ))}
          </dl>
          {document.services.length > 0 && (
            <p>
              <strong>Services</strong>{" "}
              {document.services.map((name) => (
                <span key={name} className="chip">
                  {name}
                </span>
              ))}
            </p>
          )}
          {document.tags.length > 0 && (
            <p>
              <strong>Tags</strong>{" "}
              {document.tags.map((name) => (
                <span key={name} className="chip">
                  {name}
                </span>
              ))}
            </p>
          )}
          {document.participants.length > 0 && (
            <p>
              <strong>Participants</strong>{" "}
              {document.participants.map((person, index) => (
                <span key={index}>
                  {index > 0 && ", "}
                  {person.name} <span className="muted">({person.roleLabel})</span>
                </span>
              ))}
            </p>
          )}
        </header>
        {sections.length === 0 && (
          <p className="empty muted">
            Nothing is written in this review yet: no summary, narrative, key moments or factors.
          </p>
        )}
        {sections.map((id) => (
          <section key={id} id={id} aria-labelledby={`${id}-heading`}>
            <h2 id={`${id}-heading`}>{SECTION_TITLES[id]}</h2>
            <Section document={document} id={id} />
          </section>
        ))}
      </article>
    </div>
  );
}
