// The notes of one incident that the viewer may see, in anchor-time order: for the Notes
// view, the API and the timeline lanes. The visibility rule is in the query itself, so a
// note the viewer may not see never leaves the database.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { modelViewerFor } from "@/lib/mental-models/model-viewer";
import { notesToLanes, type Lane } from "@/lib/mental-models/notes/note-lanes";
import { noteSelect, toNoteView, type NoteView } from "@/lib/mental-models/notes/note-view";
import { visibleNoteWhere, type ModelViewer } from "@/lib/mental-models/visibility";

// Plenty for one incident's notes; a cap keeps a pathological incident from loading all.
const NOTE_LIMIT = 2_000;

export interface VisibleNotes {
  viewer: ModelViewer;
  notes: NoteView[];
}

export async function listNotesForViewer(
  user: SessionUser,
  reference: string,
): Promise<VisibleNotes> {
  const incidentId = await findVisibleIncidentId(user, reference, "read");
  const viewer = await modelViewerFor(user, incidentId);
  return { viewer, notes: await listVisibleNotes(incidentId, viewer) };
}

export async function listVisibleNotes(
  incidentId: string,
  viewer: ModelViewer,
): Promise<NoteView[]> {
  const rows = await db.modelNote.findMany({
    where: { AND: [{ incidentId }, visibleNoteWhere(viewer)] },
    orderBy: [{ anchorTime: "asc" }, { createdAt: "asc" }],
    take: NOTE_LIMIT,
    select: noteSelect,
  });
  // The anchor events' words, so a note says which moment it is about.
  const eventIds = [
    ...new Set(rows.flatMap((row) => (row.anchorEventId ? [row.anchorEventId] : []))),
  ];
  const events =
    eventIds.length === 0
      ? []
      : await db.timelineEvent.findMany({
          where: { incidentId, id: { in: eventIds }, deletedAt: null },
          select: { id: true, message: true },
        });
  const messages = new Map(events.map((event) => [event.id, event.message.slice(0, 200)]));
  return rows.map((row) =>
    toNoteView(row, row.anchorEventId ? (messages.get(row.anchorEventId) ?? null) : null),
  );
}

/** One lane per person whose knowledge the notes record (the subject), with what the viewer may see. */
export async function listNoteLanes(user: SessionUser, reference: string): Promise<Lane[]> {
  const { viewer, notes } = await listNotesForViewer(user, reference);
  return notesToLanes(notes, viewer.userId);
}
