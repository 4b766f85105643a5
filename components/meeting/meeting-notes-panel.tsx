"use client";
// The note-taker's notes: the facilitator names a note-taker; the note-taker (or the
// facilitator standing in) adds notes, which everyone sees and the record keeps.
import { useState } from "react";
import {
  addMeetingNoteAction,
  setNoteTakerAction,
} from "@/app/incidents/[reference]/review/actions";
import { useMeetingAction } from "@/components/meeting/use-meeting-action";
import type { MeetingView, PersonView } from "@/lib/meetings/meeting-view";

export function MeetingNotesPanel({
  reference,
  meeting,
  canControl,
  choices,
}: {
  reference: string;
  meeting: MeetingView;
  canControl: boolean;
  choices: PersonView[];
}) {
  const [text, setText] = useState("");
  const { run, error, isBusy } = useMeetingAction();
  const mayWrite = meeting.viewer.isNoteTaker || canControl;
  return (
    <section className="card stack" aria-labelledby="meeting-notes-title">
      <h2 id="meeting-notes-title">Meeting notes</h2>
      {canControl ? (
        <label className="small">
          Note-taker
          <select
            value={meeting.noteTaker?.id ?? ""}
            disabled={isBusy}
            onChange={(event) =>
              void run(() => setNoteTakerAction(reference, meeting.id, event.target.value || null))
            }
          >
            <option value="">Nobody yet</option>
            {choices.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="muted small">
          {meeting.noteTaker
            ? meeting.viewer.isNoteTaker
              ? "You are taking notes."
              : `${meeting.noteTaker.name} is taking notes.`
            : "No note-taker named yet."}
        </p>
      )}
      {meeting.notes.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ul className="plain-list stack-tight" data-testid="meeting-notes">
          {meeting.notes.map((note) => (
            <li key={note.id} style={{ whiteSpace: "pre-wrap" }}>
              {note.text} <span className="muted small">· {note.authorName}</span>
            </li>
          ))}
        </ul>
      )}
      {mayWrite && (
        <form
          className="stack-tight"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await run(() => addMeetingNoteAction(reference, meeting.id, { text }))) setText("");
          }}
        >
          <label htmlFor="meeting-note-text">Add a note</label>
          <textarea
            id="meeting-note-text"
            rows={3}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <div>
            <button type="submit" disabled={isBusy}>
              Add note
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
