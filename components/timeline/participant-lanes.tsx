"use client";

// Participant lanes beside the evidence: one column per person whose notes the viewer may
// see, each note on the row of the moment it is anchored to (see notesForRow). Only the
// rows on screen render their lane cells, so the virtual list stays as fast as without.
import Link from "next/link";
import { notesForRow, type Lane } from "@/lib/mental-models/notes/note-lanes";
import { revealInvisible } from "@/lib/text/clean-text";

const VISIBILITY_WORDS: Record<string, string> = {
  private: "private",
  facilitators: "shared with facilitators",
  incident: "shared with everyone",
};

export function ParticipantLaneHeader({ lanes }: { lanes: Lane[] }) {
  return (
    <div className="lane-header" aria-hidden="true">
      {lanes.map((lane) => (
        <span key={lane.personId} className="lane-name" title={lane.personName}>
          {lane.isMe ? "You" : revealInvisible(lane.personName)}
        </span>
      ))}
    </div>
  );
}

export function ParticipantLaneCells(props: {
  reference: string;
  lanes: Lane[];
  previousTime: string | null;
  rowTime: string;
  isLastRow: boolean;
}) {
  return (
    <div className="lane-cells">
      {props.lanes.map((lane) => {
        const notes = notesForRow(lane.notes, props.previousTime, props.rowTime, props.isLastRow);
        return (
          <div
            key={lane.personId}
            className="lane-cell"
            data-testid="lane-cell"
            data-person={lane.personName}
          >
            {notes.map((note) => (
              <Link
                key={note.id}
                href={`/incidents/${props.reference}/models#note-${note.id}`}
                className={`lane-note is-${note.visibility}${note.learnedLater ? " is-learned-later" : ""}`}
                data-testid="lane-note"
                aria-label={`${lane.isMe ? "Your" : `${lane.personName}'s`} note (${VISIBILITY_WORDS[note.visibility] ?? note.visibility}${note.learnedLater ? ", learned later" : ""}): ${note.excerpt}`}
              >
                {revealInvisible(note.excerpt)}
              </Link>
            ))}
          </div>
        );
      })}
    </div>
  );
}
