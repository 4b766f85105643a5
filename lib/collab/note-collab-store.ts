// Loads and stores a participant's note while it is co-edited. The Yjs state and the
// sections' JSON (which the notes page, the comparison, search and exports read) are
// written in one transaction. Like a form save, a flush writes one history entry per
// editor naming the sections that changed (never their words), and words changed by
// anyone but the participant of a confirmed interview note take it back to private until
// they confirm it again. The note's version stays: it guards the form-saved fields (the
// moment, "learned later"), which co-editing does not touch.
import "server-only";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { db } from "@/lib/db";
import { changedSectionLabels } from "@/lib/mental-models/notes/note-changes";
import { parseNoteSections, type NoteSections } from "@/lib/mental-models/notes/note-sections";
import { publishNoteChange } from "@/lib/mental-models/publish-model-change";

export interface StoredNoteDocument {
  /** The Yjs state, or null when the note was never co-edited (seed it from `sections`). */
  state: Uint8Array | null;
  sections: NoteSections;
}

export async function loadNoteDocument(
  name: string,
  document: { incidentId: string; noteId: string },
): Promise<StoredNoteDocument | null> {
  const note = await db.modelNote.findFirst({
    where: { id: document.noteId, incidentId: document.incidentId, deletedAt: null },
    select: { sections: true },
  });
  if (!note) return null;
  const stored = await db.collabDocument.findUnique({ where: { name }, select: { state: true } });
  return {
    state: stored ? new Uint8Array(stored.state) : null,
    sections: parseNoteSections(note.sections),
  };
}

export async function storeNoteDocument(input: {
  name: string;
  document: { incidentId: string; noteId: string };
  state: Uint8Array;
  /** The sections to store; one left out keeps its stored words. */
  sections: Partial<NoteSections>;
  editorIds: readonly string[];
}): Promise<void> {
  const { incidentId, noteId } = input.document;
  const outcome = await db.$transaction(async (transaction) => {
    const note = await transaction.modelNote.findFirst({
      where: { id: noteId, incidentId, deletedAt: null },
      select: { sections: true, kind: true, subjectId: true, calibratedAt: true, visibility: true },
    });
    // Deleted meanwhile: nothing left to store into.
    if (!note) return null;
    const state = Buffer.from(input.state);
    await transaction.collabDocument.upsert({
      where: { name: input.name },
      create: { name: input.name, incidentId, state },
      update: { state },
    });
    const before = parseNoteSections(note.sections);
    const after: NoteSections = { ...before, ...input.sections };
    const changed = changedSectionLabels(before, after);
    if (changed.length === 0) return null;
    // Words put in the participant's mouth by someone else need their confirmation again.
    const needsConfirmationAgain =
      note.kind === "interview" &&
      note.calibratedAt !== null &&
      input.editorIds.some((editorId) => editorId !== note.subjectId);
    await transaction.modelNote.update({
      where: { id: noteId },
      data: {
        sections: JSON.stringify(after),
        ...(needsConfirmationAgain ? { calibratedAt: null, visibility: "private" } : {}),
      },
    });
    for (const actorId of input.editorIds) {
      await writeAuditEntry(transaction, {
        actorId,
        action: "model.note_updated",
        incidentId,
        changes: {
          note: { from: null, to: noteId },
          sections: { from: null, to: changed },
          ...(needsConfirmationAgain
            ? { calibratedAt: { from: note.calibratedAt?.toISOString() ?? null, to: null } }
            : {}),
        },
      });
    }
    return { becamePrivate: needsConfirmationAgain && note.visibility !== "private" };
  });
  // The words reach the editors through Yjs; this tells the notes pages (cards, lanes,
  // the comparison) to read the stored note again.
  if (outcome) {
    await publishNoteChange(incidentId, noteId, "collab-server", "edited", {
      toEveryone: outcome.becamePrivate,
    });
  }
}
