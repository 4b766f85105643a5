// Participant lanes on the timeline: one lane per person whose knowledge the notes record
// (the note's subject), and where each note sits among the evidence. Pure.
import { noteExcerpt } from "@/lib/mental-models/notes/note-sections";
import type { NoteView } from "@/lib/mental-models/notes/note-view";

export interface LaneNote {
  id: string;
  anchorTime: string;
  excerpt: string;
  kind: "own" | "interview";
  visibility: string;
  learnedLater: boolean;
}

export interface Lane {
  personId: string;
  personName: string;
  isMe: boolean;
  notes: LaneNote[];
}

export function notesToLanes(notes: NoteView[], viewerId: string): Lane[] {
  const lanes = new Map<string, Lane>();
  for (const note of notes) {
    let lane = lanes.get(note.subjectId);
    if (!lane) {
      lane = {
        personId: note.subjectId,
        personName: note.subjectName,
        isMe: note.subjectId === viewerId,
        notes: [],
      };
      lanes.set(note.subjectId, lane);
    }
    lane.notes.push({
      id: note.id,
      anchorTime: note.anchorTime,
      excerpt: noteExcerpt(note.sections, 90),
      kind: note.kind,
      visibility: note.visibility,
      learnedLater: note.learnedLater,
    });
  }
  // The viewer's own lane first, then by name.
  return [...lanes.values()].sort(
    (a, b) => Number(b.isMe) - Number(a.isMe) || a.personName.localeCompare(b.personName),
  );
}

/**
 * The notes a timeline row carries: those anchored after the previous row's time and at or
 * before this row's time (so a note anchored to an event sits on it, and one anchored
 * between two events on the later one). The last row also takes every later note, the
 * first every earlier one. `notes` is in anchor-time order.
 */
export function notesForRow<Note extends { anchorTime: string }>(
  notes: readonly Note[],
  previousTime: string | null,
  rowTime: string,
  isLastRow: boolean,
): Note[] {
  const after = previousTime === null ? -Infinity : Date.parse(previousTime);
  const until = isLastRow ? Infinity : Date.parse(rowTime);
  const start = firstIndexAfter(notes, after);
  const placed: Note[] = [];
  for (let index = start; index < notes.length; index++) {
    const note = notes[index];
    if (!note || Date.parse(note.anchorTime) > until) break;
    placed.push(note);
  }
  return placed;
}

// Binary search: the first note anchored strictly after `instant`.
function firstIndexAfter(notes: readonly { anchorTime: string }[], instant: number): number {
  let low = 0;
  let high = notes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const note = notes[middle];
    if (note && Date.parse(note.anchorTime) <= instant) low = middle + 1;
    else high = middle;
  }
  return low;
}
