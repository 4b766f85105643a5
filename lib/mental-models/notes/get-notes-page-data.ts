// Everything the Notes view needs, for notes the viewer may see: their own notes and
// interview notes about them first, then notes shared with them grouped by person, in
// anchor-time order; who a facilitator may interview; whether the viewer may write.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { canWrite, type SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { modelViewerFor } from "@/lib/mental-models/model-viewer";
import { listVisibleNotes } from "@/lib/mental-models/notes/list-notes";
import type { NoteView } from "@/lib/mental-models/notes/note-view";
import type { ModelViewer } from "@/lib/mental-models/visibility";
import type { NoteSectionKey } from "@/lib/mental-models/notes/note-sections";
import { noteQuestionsForIncident } from "@/lib/templates/incident-template";

export interface NotesGroup {
  personId: string;
  personName: string;
  notes: NoteView[];
}

export interface NotesPageData {
  /** The incident's id: co-edited notes are named by it. */
  incidentId: string;
  viewer: ModelViewer;
  canWrite: boolean;
  /** Notes the viewer wrote, and interview notes about them. */
  mine: NoteView[];
  /** Everyone else's notes the viewer may see, one group per person the notes are about. */
  shared: NotesGroup[];
  /** The participants a facilitator may record an interview with (empty for others). */
  interviewees: { id: string; name: string }[];
  counts: { mine: number; shared: number };
  /** The question under each note section: the incident's template's, or the usual. */
  questions: Record<NoteSectionKey, string>;
}

export async function getNotesPageData(
  user: SessionUser,
  reference: string,
): Promise<NotesPageData> {
  const incidentId = await findVisibleIncidentId(user, reference, "read");
  const viewer = await modelViewerFor(user, incidentId);
  const [notes, questions] = await Promise.all([
    listVisibleNotes(incidentId, viewer),
    noteQuestionsForIncident(incidentId),
  ]);
  const isMine = (note: NoteView) =>
    note.authorId === user.id || (note.kind === "interview" && note.subjectId === user.id);
  const mine = notes.filter(isMine);
  const groups = new Map<string, NotesGroup>();
  for (const note of notes.filter((candidate) => !isMine(candidate))) {
    const group = groups.get(note.subjectId) ?? {
      personId: note.subjectId,
      personName: note.subjectName,
      notes: [],
    };
    group.notes.push(note);
    groups.set(note.subjectId, group);
  }
  const shared = [...groups.values()].sort((a, b) => a.personName.localeCompare(b.personName));
  const interviewees =
    viewer.isFacilitator && canWrite(user)
      ? (
          await db.incidentParticipant.findMany({
            where: { incidentId, NOT: { userId: user.id }, user: { isActive: true } },
            select: { user: { select: { id: true, name: true } } },
            orderBy: { user: { name: "asc" } },
          })
        ).map((participant) => participant.user)
      : [];
  return {
    incidentId,
    viewer,
    canWrite: canWrite(user),
    mine,
    shared,
    interviewees,
    counts: { mine: mine.length, shared: notes.length - mine.length },
    questions,
  };
}
