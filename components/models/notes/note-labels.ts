// How a note's visibility and state read to the person looking at it: who can read it,
// in words, and whether an interview note is waiting for its participant.
import type { NoteView } from "@/lib/mental-models/notes/note-view";
import type { ModelVisibility } from "@/lib/mental-models/visibility";

export const VISIBILITY_CHOICES: Record<ModelVisibility, string> = {
  private: "Private",
  facilitators: "Facilitators",
  incident: "Everyone on the incident",
};

export function visibilityLabel(note: NoteView, viewerId: string): string {
  if (note.visibility === "facilitators") return "Shared with facilitators";
  if (note.visibility === "incident") return "Shared with everyone on the incident";
  if (note.kind === "interview") {
    const other = note.authorId === viewerId ? note.subjectName : note.authorName;
    return `Private: you and ${other}`;
  }
  return note.authorId === viewerId ? "Private: only you" : "Private";
}

/** An interview note's state, or null for one's own notes. */
export function interviewLabel(note: NoteView, viewerId: string): string | null {
  if (note.kind !== "interview") return null;
  if (note.calibratedAt)
    return note.subjectId === viewerId ? "You confirmed it" : `Confirmed by ${note.subjectName}`;
  return note.subjectId === viewerId
    ? "Waiting for you to confirm"
    : `Waiting for ${note.subjectName} to confirm`;
}
