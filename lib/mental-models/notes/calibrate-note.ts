// The participant's answer to an interview note about them: "that's right" confirms it
// (only then may its author share it); "not quite" takes the confirmation back and
// withdraws the note to private, so the facilitator can correct it with them.
import "server-only";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findVisibleNote, noteWriteContext } from "@/lib/mental-models/notes/note-access";
import { noteCalibrationSchema } from "@/lib/mental-models/notes/note-input";
import { publishNoteChange } from "@/lib/mental-models/publish-model-change";

export async function calibrateNote(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<{ status: "done"; calibratedAt: string | null }> {
  const { incidentId, viewer } = await noteWriteContext(user, reference);
  const { noteId, isRight } = noteCalibrationSchema.parse(input);
  const result = await db.$transaction(async (transaction) => {
    const note = await findVisibleNote(transaction, viewer, incidentId, noteId);
    // Check only the participant the conversation was with answers for it.
    if (note.kind !== "interview" || note.subjectId !== user.id) {
      throw new AppError(
        "forbidden",
        "Only the participant an interview note is about can confirm it.",
      );
    }
    const calibratedAt = isRight ? new Date() : null;
    await transaction.modelNote.update({
      where: { id: noteId },
      data: isRight ? { calibratedAt } : { calibratedAt: null, visibility: "private" },
    });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: isRight ? "model.note_confirmed" : "model.note_confirmation_withdrawn",
      incidentId,
      changes: {
        note: { from: null, to: noteId },
        calibratedAt: {
          from: note.calibratedAt?.toISOString() ?? null,
          to: calibratedAt?.toISOString() ?? null,
        },
        ...(isRight ? {} : { visibility: { from: note.visibility, to: "private" } }),
      },
    });
    return { status: "done" as const, calibratedAt: calibratedAt?.toISOString() ?? null };
  });
  // Confirming an interview note can share it, so everyone's view may change.
  await publishNoteChange(incidentId, noteId, user.id, "calibrated", { toEveryone: true });
  return result;
}
