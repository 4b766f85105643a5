// The author removes a note. It is kept (deletedAt) for the audit trail but reaches no
// list, lane or count again.
import "server-only";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import {
  findVisibleNote,
  noteWriteContext,
  requireAuthor,
} from "@/lib/mental-models/notes/note-access";
import { z } from "@/lib/validation/zod";
import { publishNoteChange } from "@/lib/mental-models/publish-model-change";

const deleteNoteSchema = z.object({ noteId: z.string().trim().min(1).max(100) });

export async function deleteNote(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<{ status: "done" }> {
  const { incidentId, viewer } = await noteWriteContext(user, reference);
  const { noteId } = deleteNoteSchema.parse(input);
  const result = await db.$transaction(async (transaction) => {
    const note = await findVisibleNote(transaction, viewer, incidentId, noteId);
    requireAuthor(viewer, note);
    await transaction.modelNote.update({ where: { id: noteId }, data: { deletedAt: new Date() } });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "model.note_deleted",
      incidentId,
      changes: { note: { from: noteId, to: null } },
    });
    return { status: "done" as const };
  });
  await publishNoteChange(incidentId, noteId, user.id, "deleted");
  return result;
}
