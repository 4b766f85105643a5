// Writes a new "what I knew then" note: one's own, or (for a facilitator) an interview
// note about a participant, which stays between the two of them until the participant
// confirms it. Anyone who may change the incident may write their own notes.
import "server-only";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  ANCHOR_NOT_FOUND,
  noteWriteContext,
  resolveAnchor,
} from "@/lib/mental-models/notes/note-access";
import { createNoteSchema } from "@/lib/mental-models/notes/note-input";
import { changedSectionLabels } from "@/lib/mental-models/notes/note-changes";
import { emptyNoteSections } from "@/lib/mental-models/notes/note-sections";
import type { SaveNoteResult } from "@/lib/mental-models/notes/note-view";
import { invalidFields } from "@/lib/validation/field-errors";
import { publishNoteChange } from "@/lib/mental-models/publish-model-change";

export async function createNote(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<SaveNoteResult> {
  // Access first: someone who may not change the incident learns nothing about their input.
  const { incidentId, viewer } = await noteWriteContext(user, reference);
  const parsed = createNoteSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error, { within: "values" });
  const { kind, visibility, values } = parsed.data;

  const result = await db.$transaction(async (transaction) => {
    let subjectId = user.id;
    if (kind === "interview") {
      if (!viewer.isFacilitator) {
        throw new AppError(
          "forbidden",
          "Only the incident's facilitators record interview notes. Write your own note instead.",
        );
      }
      const subject = await transaction.incidentParticipant.findFirst({
        where: { incidentId, userId: parsed.data.subjectId ?? "", NOT: { userId: user.id } },
        select: { userId: true },
      });
      if (!subject) {
        return invalidFields({ subjectId: ["Choose one of the incident's participants."] });
      }
      // Check the conversation stays between the two of them until it is confirmed.
      if (visibility !== "private") {
        return invalidFields({
          visibility: [
            "An interview note stays between you and the participant until they confirm it.",
          ],
        });
      }
      subjectId = subject.userId;
    }
    const anchor = await resolveAnchor(transaction, incidentId, values);
    if (!anchor) return ANCHOR_NOT_FOUND;
    const note = await transaction.modelNote.create({
      data: {
        incidentId,
        authorId: user.id,
        subjectId,
        kind,
        visibility,
        anchorEventId: anchor.anchorEventId,
        anchorTime: anchor.anchorTime,
        sections: JSON.stringify(values.sections),
        learnedLater: values.learnedLater,
      },
      select: { id: true, version: true },
    });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "model.note_created",
      incidentId,
      changes: {
        note: { from: null, to: note.id },
        kind: { from: null, to: kind },
        visibility: { from: null, to: visibility },
        sections: { from: null, to: changedSectionLabels(emptyNoteSections(), values.sections) },
      },
    });
    return { status: "saved" as const, noteId: note.id, version: note.version };
  });
  if (result.status === "saved")
    await publishNoteChange(incidentId, result.noteId, user.id, "added");
  return result;
}
