// Who may open a co-edited document, decided like a page: the incident must be visible to
// the user (the same query filter as every page), and only roles that may write get a
// writable connection. A note must also be one the user may read (the notes' visibility
// rule, in the query); its words are written by its author and, for an interview note,
// by the participant it is about. Anything else is "not found", whether missing or hidden.
import "server-only";
import { visibleIncidentWhere } from "@/lib/access/incident-access";
import { canWrite, type SessionUser } from "@/lib/auth/roles";
import { parseDocumentName, type CollabDocument } from "@/lib/collab/document-name";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { modelViewerFor } from "@/lib/mental-models/model-viewer";
import { visibleNoteWhere } from "@/lib/mental-models/visibility";

export interface CollabGrant {
  document: CollabDocument;
  isReadOnly: boolean;
}

export async function authorizeCollabDocument(
  user: SessionUser,
  documentName: string,
): Promise<CollabGrant> {
  const document = parseDocumentName(documentName);
  if (!document) throw notFound("That document");
  // Check the user can see this incident, in the query itself.
  const incident = await db.incident.findFirst({
    where: { AND: [{ id: document.incidentId }, visibleIncidentWhere(user)] },
    select: { id: true },
  });
  if (!incident) throw notFound("That document");
  if (document.kind === "narrative") return { document, isReadOnly: !canWrite(user) };

  // Check the user may read this note, in the query itself.
  const viewer = await modelViewerFor(user, incident.id);
  const note = await db.modelNote.findFirst({
    where: { AND: [{ id: document.noteId, incidentId: incident.id }, visibleNoteWhere(viewer)] },
    select: { authorId: true, subjectId: true, kind: true },
  });
  if (!note) throw notFound("That document");
  const isWriter =
    note.authorId === user.id || (note.kind === "interview" && note.subjectId === user.id);
  return { document, isReadOnly: !canWrite(user) || !isWriter };
}
