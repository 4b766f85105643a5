// Who may read a note is the author's choice: private → facilitators → everyone on the
// incident, and back. Moving a note back to private withdraws it. An interview note cannot
// leave private until its participant has confirmed it ("that's right").
import "server-only";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  findVisibleNote,
  noteWriteContext,
  requireAuthor,
} from "@/lib/mental-models/notes/note-access";
import { noteVisibilitySchema } from "@/lib/mental-models/notes/note-input";
import type { ModelVisibility } from "@/lib/mental-models/visibility";
import { publishNoteChange } from "@/lib/mental-models/publish-model-change";

export async function setNoteVisibility(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<{ status: "done"; visibility: ModelVisibility }> {
  const { incidentId, viewer } = await noteWriteContext(user, reference);
  const { noteId, visibility } = noteVisibilitySchema.parse(input);
  const result = await db.$transaction(async (transaction) => {
    const note = await findVisibleNote(transaction, viewer, incidentId, noteId);
    requireAuthor(viewer, note);
    if (note.kind === "interview" && note.calibratedAt === null && visibility !== "private") {
      throw new AppError(
        "invalid_input",
        "This interview note stays between you and the participant until they confirm it (“that's right”).",
      );
    }
    if (note.visibility === visibility) return { status: "done" as const, visibility };
    await transaction.modelNote.update({ where: { id: noteId }, data: { visibility } });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "model.note_visibility_changed",
      incidentId,
      changes: {
        note: { from: null, to: noteId },
        visibility: { from: note.visibility, to: visibility },
      },
    });
    return { status: "done" as const, visibility };
  });
  await publishNoteChange(incidentId, noteId, user.id, "shared", { toEveryone: true });
  return result;
}
