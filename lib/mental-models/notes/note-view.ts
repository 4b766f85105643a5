// A note as the browser sees it, and what saving one can come to. Never a whole row: only
// what the Notes view and the lanes show, for notes the viewer may see.
import type { InvalidFields } from "@/lib/validation/field-errors";
import type { ModelVisibility } from "@/lib/mental-models/visibility";
import { parseNoteSections, type NoteSections } from "@/lib/mental-models/notes/note-sections";
import type { NoteValuesInput } from "@/lib/mental-models/notes/note-input";
import { toDateTimeLocal } from "@/lib/time/zone";

export interface NoteView {
  id: string;
  kind: "own" | "interview";
  authorId: string;
  authorName: string;
  subjectId: string;
  subjectName: string;
  visibility: ModelVisibility;
  calibratedAt: string | null;
  anchorEventId: string | null;
  /** The anchor event's words, when the note is anchored to one that still exists. */
  anchorEventMessage: string | null;
  anchorTime: string;
  sections: NoteSections;
  learnedLater: boolean;
  version: number;
  updatedAt: string;
}

export type SaveNoteResult =
  | { status: "saved"; noteId: string; version: number }
  | InvalidFields
  | {
      status: "conflict";
      message: string;
      theirs: NoteValuesInput;
      version: number;
      updatedBy: string;
      updatedAt: string;
    };

// The columns every note query reads.
export const noteSelect = {
  id: true,
  kind: true,
  authorId: true,
  subjectId: true,
  visibility: true,
  calibratedAt: true,
  anchorEventId: true,
  anchorTime: true,
  sections: true,
  learnedLater: true,
  version: true,
  updatedAt: true,
  author: { select: { name: true } },
  subject: { select: { name: true } },
} as const;

export interface NoteRow {
  id: string;
  kind: string;
  authorId: string;
  subjectId: string;
  visibility: string;
  calibratedAt: Date | null;
  anchorEventId: string | null;
  anchorTime: Date;
  sections: string;
  learnedLater: boolean;
  version: number;
  updatedAt: Date;
  author: { name: string };
  subject: { name: string };
}

export function toNoteView(row: NoteRow, anchorEventMessage: string | null = null): NoteView {
  return {
    id: row.id,
    kind: row.kind === "interview" ? "interview" : "own",
    authorId: row.authorId,
    authorName: row.author.name,
    subjectId: row.subjectId,
    subjectName: row.subject.name,
    visibility: asVisibility(row.visibility),
    calibratedAt: row.calibratedAt?.toISOString() ?? null,
    anchorEventId: row.anchorEventId,
    anchorEventMessage,
    anchorTime: row.anchorTime.toISOString(),
    sections: parseNoteSections(row.sections),
    learnedLater: row.learnedLater,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The note's values as its form holds them, in the editor's zone. */
export function noteFormValues(
  note: Pick<NoteView, "anchorEventId" | "anchorTime" | "sections" | "learnedLater">,
  timeZone: string,
): NoteValuesInput {
  return {
    anchorEventId: note.anchorEventId,
    anchorTime: toDateTimeLocal(new Date(note.anchorTime), timeZone),
    timeZone,
    sections: { ...note.sections },
    learnedLater: note.learnedLater,
  };
}

function asVisibility(value: string): ModelVisibility {
  return value === "facilitators" || value === "incident" ? value : "private";
}
