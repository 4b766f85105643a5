// Saves an edited note only if nobody saved it since the version the editor started from;
// otherwise nothing is written and the editor gets the newer values to compare. Only the
// author edits a note's words.
//
// An interview note whose words change after the participant confirmed them needs their
// confirmation again: the save clears the confirmation and takes the note back to private,
// so nobody reads words attributed to a person that the person has not seen.
import "server-only";
import { saveVersioned } from "@/lib/audit/save-versioned";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import {
  ANCHOR_NOT_FOUND,
  findVisibleNote,
  noteWriteContext,
  requireAuthor,
  resolveAnchor,
} from "@/lib/mental-models/notes/note-access";
import { changedSectionKeys, noteChanges } from "@/lib/mental-models/notes/note-changes";
import { updateNoteSchema } from "@/lib/mental-models/notes/note-input";
import { parseNoteSections } from "@/lib/mental-models/notes/note-sections";
import { noteFormValues, type SaveNoteResult } from "@/lib/mental-models/notes/note-view";
import { invalidFields } from "@/lib/validation/field-errors";
import { publishNoteChange } from "@/lib/mental-models/publish-model-change";

export async function updateNote(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<SaveNoteResult> {
  const { incidentId, viewer } = await noteWriteContext(user, reference);
  const parsed = updateNoteSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error, { within: "values" });
  const { noteId, baseVersion, values } = parsed.data;

  let becamePrivate = false;
  const result = await db.$transaction(async (transaction) => {
    const current = await findVisibleNote(transaction, viewer, incidentId, noteId);
    requireAuthor(viewer, current);
    const anchor = await resolveAnchor(transaction, incidentId, values);
    if (!anchor) return ANCHOR_NOT_FOUND;
    const beforeSections = parseNoteSections(current.sections);
    // Co-edited words are stored by the collaboration server; the form leaves them out.
    const sections = values.sections ?? beforeSections;
    const before = {
      anchorEventId: current.anchorEventId,
      anchorTime: current.anchorTime.toISOString(),
      sections: beforeSections,
      learnedLater: current.learnedLater,
    };
    const after = {
      anchorEventId: anchor.anchorEventId,
      anchorTime: anchor.anchorTime.toISOString(),
      sections,
      learnedLater: values.learnedLater,
    };
    const needsConfirmationAgain =
      current.kind === "interview" &&
      current.calibratedAt !== null &&
      changedSectionKeys(beforeSections, sections).length > 0;
    becamePrivate = needsConfirmationAgain && current.visibility !== "private";
    return saveVersioned<SaveNoteResult>(transaction, {
      currentVersion: current.version,
      baseVersion,
      lastChangeWhere: {
        incidentId,
        action: { startsWith: "model.note_" },
        changes: { contains: noteId },
      },
      conflict: (lastChange) => ({
        status: "conflict",
        message:
          "This note was saved somewhere else after you opened it. Nothing was overwritten: compare and choose.",
        theirs: noteFormValues(before, values.timeZone),
        version: current.version,
        updatedBy: lastChange?.actorName ?? "someone",
        updatedAt: (lastChange?.at ?? current.updatedAt).toISOString(),
      }),
      changes: () => ({
        ...noteChanges(before, after),
        ...(needsConfirmationAgain
          ? { calibratedAt: { from: current.calibratedAt?.toISOString() ?? null, to: null } }
          : {}),
      }),
      claim: () =>
        transaction.modelNote.updateMany({
          where: { id: noteId, version: baseVersion },
          data: {
            version: { increment: 1 },
            anchorEventId: anchor.anchorEventId,
            anchorTime: anchor.anchorTime,
            sections: JSON.stringify(sections),
            learnedLater: values.learnedLater,
            ...(needsConfirmationAgain ? { calibratedAt: null, visibility: "private" } : {}),
          },
        }),
      audit: {
        actorId: user.id,
        action: "model.note_updated",
        incidentId,
        extra: { note: { from: null, to: noteId } },
      },
      saved: (version) => ({ status: "saved", noteId, version }),
    });
  });
  // An edit to a confirmed interview note makes it private again: tell everyone who saw it.
  if (result.status === "saved") {
    await publishNoteChange(incidentId, noteId, user.id, "edited", { toEveryone: becamePrivate });
  }
  return result;
}
