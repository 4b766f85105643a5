// Who may open a co-edited document, decided like a page: the incident must be visible to
// the user (the same query filter as every page), and only roles that may write get a
// writable connection. Anything else is "not found", whether missing or hidden.
import "server-only";
import { visibleIncidentWhere } from "@/lib/access/incident-access";
import { canWrite, type SessionUser } from "@/lib/auth/roles";
import { parseDocumentName, type CollabDocument } from "@/lib/collab/document-name";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

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
  return { document, isReadOnly: !canWrite(user) };
}
