// The steps every note change shares: the incident (write access), the viewer as the
// visibility rule sees them, the note itself through that rule (a note the viewer may not
// see is "not found", exactly like one that does not exist), and the anchor.
import "server-only";
import { invalidFields } from "@/lib/validation/field-errors";
import type { Prisma } from "@/generated/prisma/client";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError, notFound } from "@/lib/errors";
import { modelViewerFor } from "@/lib/mental-models/model-viewer";
import type { NoteValues } from "@/lib/mental-models/notes/note-input";
import { visibleNoteWhere, type ModelViewer } from "@/lib/mental-models/visibility";
import { fromDateTimeLocal } from "@/lib/time/zone";

export async function noteWriteContext(
  user: SessionUser,
  reference: string,
): Promise<{ incidentId: string; viewer: ModelViewer }> {
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  return { incidentId, viewer: await modelViewerFor(user, incidentId) };
}

/** The note, if the viewer may see it; a 404 otherwise. */
export async function findVisibleNote(
  transaction: Prisma.TransactionClient,
  viewer: ModelViewer,
  incidentId: string,
  noteId: string,
) {
  const note = await transaction.modelNote.findFirst({
    where: { AND: [{ id: noteId, incidentId }, visibleNoteWhere(viewer)] },
  });
  if (!note) throw notFound("That note");
  return note;
}

/** Only the person who wrote a note changes its words, visibility or existence. */
export function requireAuthor(viewer: ModelViewer, note: { authorId: string }): void {
  if (note.authorId !== viewer.userId) {
    throw new AppError("forbidden", "Only the person who wrote this note can change it.");
  }
}

// An event of this incident (not deleted) gives the note its time; otherwise the wall
// time in the writer's zone. Null when the event is not one of the incident's.
export async function resolveAnchor(
  transaction: Prisma.TransactionClient,
  incidentId: string,
  values: Pick<NoteValues, "anchorEventId" | "anchorTime" | "timeZone">,
): Promise<{ anchorEventId: string | null; anchorTime: Date } | null> {
  if (values.anchorEventId) {
    const event = await transaction.timelineEvent.findFirst({
      where: { id: values.anchorEventId, incidentId, deletedAt: null },
      select: { id: true, time: true },
    });
    return event ? { anchorEventId: event.id, anchorTime: event.time } : null;
  }
  const time = fromDateTimeLocal(values.anchorTime, values.timeZone);
  return time ? { anchorEventId: null, anchorTime: time } : null;
}

export const ANCHOR_NOT_FOUND = invalidFields({
  anchorEventId: ["That event is no longer on the timeline: choose another event or a time."],
});
