"use client";

// One note as people read it: the moment, who can read it (a badge), its sections, and
// what the reader may do with it — the author edits, shares, withdraws or deletes; the
// participant an interview note is about corrects its words, confirms it or says it is
// not quite right.
import { FocusEveryoneButton } from "@/components/meeting/focus-everyone-button";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  calibrateNoteAction,
  deleteNoteAction,
  setNoteVisibilityAction,
} from "@/app/incidents/[reference]/models/notes-actions";
import {
  interviewLabel,
  VISIBILITY_CHOICES,
  visibilityLabel,
} from "@/components/models/notes/note-labels";
import { NoteComments } from "@/components/comments/note-comments";
import { NoteSectionView } from "@/components/models/notes/note-section-view";
import {
  hasLearnedLaterParts,
  NOTE_SECTION_KEYS,
  NOTE_SECTION_LABELS,
} from "@/lib/mental-models/notes/note-sections";
import type { NoteView } from "@/lib/mental-models/notes/note-view";
import { MODEL_VISIBILITIES, type ModelVisibility } from "@/lib/mental-models/visibility";
import { formatInstant } from "@/lib/time/zone";
import { revealInvisible } from "@/lib/text/clean-text";

export function NoteCard(props: {
  reference: string;
  note: NoteView;
  viewerId: string;
  timeZone: string;
  canWrite: boolean;
  onEdit: () => void;
  onNotice: (message: string, isError?: boolean) => void;
  /** h3 under "My notes", h4 inside a person's group: headings never skip a level. */
  headingLevel: 3 | 4;
}) {
  const router = useRouter();
  const { note, viewerId } = props;
  const [isBusy, setBusy] = useState(false);
  const isAuthor = note.authorId === viewerId && props.canWrite;
  const isSubject = note.kind === "interview" && note.subjectId === viewerId && props.canWrite;
  const waiting = interviewLabel(note, viewerId);
  const mayShare = note.kind !== "interview" || note.calibratedAt !== null;
  const titleId = `note-title-${note.id}`;
  const Heading = props.headingLevel === 3 ? "h3" : "h4";

  async function run(action: () => Promise<{ status: string; message?: string }>, success: string) {
    setBusy(true);
    try {
      const result = await action();
      if (result.status === "error") props.onNotice(result.message ?? "That did not work.", true);
      else {
        props.onNotice(success);
        router.refresh();
      }
    } catch {
      props.onNotice("Could not reach the server; nothing changed. Try again.", true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article
      className={`card note-card visibility-${note.visibility}`}
      id={`note-${note.id}`}
      aria-labelledby={titleId}
      data-testid="note-card"
      data-live-id={note.id}
    >
      <header className="note-card-header">
        <Heading id={titleId} className="note-moment">
          {formatInstant(new Date(note.anchorTime), props.timeZone)}
          {note.anchorEventMessage && (
            <span className="note-anchor muted">
              {" "}
              · {revealInvisible(note.anchorEventMessage.slice(0, 120))}
            </span>
          )}
        </Heading>
        <div className="note-badges">
          {note.visibility === "incident" &&
            (note.kind !== "interview" || note.calibratedAt !== null) && (
              <FocusEveryoneButton target={{ kind: "note", id: note.id }} />
            )}
          <span
            className={`badge note-visibility is-${note.visibility}`}
            data-testid="note-visibility"
          >
            {visibilityLabel(note, viewerId)}
          </span>
          {note.kind === "interview" && (
            <span className="badge">
              Interview
              {note.authorId === viewerId ? ` with ${note.subjectName}` : ` by ${note.authorName}`}
            </span>
          )}
          {waiting && (
            <span className={`badge ${note.calibratedAt ? "is-confirmed" : "is-waiting"}`}>
              {waiting}
            </span>
          )}
          {(note.learnedLater || hasLearnedLaterParts(note.sections)) && (
            <span className="badge learned-later-badge">
              {note.learnedLater ? "Learned later" : "Parts learned later"}
            </span>
          )}
        </div>
      </header>
      <dl className="note-sections-view">
        {NOTE_SECTION_KEYS.filter((key) => note.sections[key]).map((key) => (
          <div key={key}>
            <dt>{NOTE_SECTION_LABELS[key]}</dt>
            <dd>
              <NoteSectionView stored={note.sections[key]} />
            </dd>
          </div>
        ))}
      </dl>
      {(isAuthor || isSubject) && (
        <footer className="note-card-actions row">
          {isAuthor && (
            <>
              <button type="button" onClick={props.onEdit} disabled={isBusy}>
                Edit
              </button>
              <label className="note-visibility-choice">
                <span>Who can read it</span>
                <select
                  value={note.visibility}
                  disabled={isBusy}
                  aria-describedby={mayShare ? undefined : `note-share-hint-${note.id}`}
                  onChange={(change) => {
                    const visibility = change.target.value as ModelVisibility;
                    void run(
                      () =>
                        setNoteVisibilityAction(props.reference, { noteId: note.id, visibility }),
                      visibility === "private"
                        ? "Note withdrawn: private again."
                        : `Shared with ${VISIBILITY_CHOICES[visibility].toLowerCase()}.`,
                    );
                  }}
                >
                  {MODEL_VISIBILITIES.map((choice) => (
                    <option
                      key={choice}
                      value={choice}
                      disabled={!mayShare && choice !== "private"}
                    >
                      {VISIBILITY_CHOICES[choice]}
                    </option>
                  ))}
                </select>
              </label>
              {!mayShare && (
                <span className="muted small" id={`note-share-hint-${note.id}`}>
                  Can be shared once {note.subjectName} confirms it.
                </span>
              )}
              <span className="spacer" />
              <button
                type="button"
                className="danger"
                disabled={isBusy}
                onClick={() => {
                  if (!window.confirm("Delete this note? It will be gone from every view.")) return;
                  void run(
                    () => deleteNoteAction(props.reference, { noteId: note.id }),
                    "Note deleted.",
                  );
                }}
              >
                Delete
              </button>
            </>
          )}
          {isSubject && (
            <>
              <button type="button" onClick={props.onEdit} disabled={isBusy}>
                Correct the words
              </button>
              {!note.calibratedAt && (
                <button
                  type="button"
                  className="primary"
                  disabled={isBusy}
                  onClick={() =>
                    void run(
                      () =>
                        calibrateNoteAction(props.reference, { noteId: note.id, isRight: true }),
                      `Confirmed. ${note.authorName} may now share it.`,
                    )
                  }
                >
                  That&rsquo;s right
                </button>
              )}
              <button
                type="button"
                disabled={isBusy}
                onClick={() =>
                  void run(
                    () => calibrateNoteAction(props.reference, { noteId: note.id, isRight: false }),
                    `Marked as not quite right; it is private again. Tell ${note.authorName} what to change.`,
                  )
                }
              >
                {note.calibratedAt ? "Take back my confirmation" : "Not quite"}
              </button>
            </>
          )}
        </footer>
      )}
      <NoteComments reference={props.reference} noteId={note.id} canWrite={props.canWrite} />
    </article>
  );
}
