// Loads and stores co-edited documents. The Yjs state (which merges every edit, offline
// ones too) and the JSON snapshot (which pages, the language check and exports read) are
// written in one transaction, so they never disagree. A narrative flush leaves the
// incident's version alone: the form's other fields keep their own version check.
import "server-only";
import { diffValues } from "@/lib/audit/diff-values";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { CollabDocument } from "@/lib/collab/document-name";
import { db } from "@/lib/db";
import { narrativeToText, parseNarrative } from "@/lib/rich-text/narrative";
import { publishIncidentChange } from "@/lib/realtime/bus";

export interface StoredCollabDocument {
  /** The Yjs state, or null when the document was never co-edited (seed it from `json`). */
  state: Uint8Array | null;
  json: string;
}

export async function loadCollabDocument(
  name: string,
  document: CollabDocument,
): Promise<StoredCollabDocument | null> {
  const incident = await db.incident.findUnique({
    where: { id: document.incidentId },
    select: { narrative: true, collabDocuments: { where: { name }, select: { state: true } } },
  });
  if (!incident) return null;
  const state = incident.collabDocuments[0]?.state;
  return { state: state ? new Uint8Array(state) : null, json: incident.narrative };
}

export async function storeCollabDocument(input: {
  name: string;
  document: CollabDocument;
  state: Uint8Array;
  /** The JSON snapshot; null keeps the stored one (the document outgrew the limit). */
  json: string | null;
  /** Everyone whose edits this flush contains: one audit entry each. */
  editorIds: readonly string[];
}): Promise<void> {
  const { incidentId } = input.document;
  const isSnapshotChanged = await db.$transaction(async (transaction) => {
    const incident = await transaction.incident.findUnique({
      where: { id: incidentId },
      select: { narrative: true },
    });
    // Deleted meanwhile: nothing left to store into.
    if (!incident) return false;
    const state = Buffer.from(input.state);
    await transaction.collabDocument.upsert({
      where: { name: input.name },
      create: { name: input.name, incidentId, state },
      update: { state },
    });
    if (input.json === null || incident.narrative === input.json) return false;
    await transaction.incident.update({
      where: { id: incidentId },
      data: { narrative: input.json },
    });
    // The history shows readable text, as for a form save.
    const changes = diffValues(
      { narrative: narrativeToText(parseNarrative(incident.narrative)) },
      { narrative: narrativeToText(parseNarrative(input.json)) },
    );
    if (Object.keys(changes).length === 0) return true;
    for (const actorId of input.editorIds) {
      await writeAuditEntry(transaction, {
        actorId,
        action: "incident.updated",
        incidentId,
        changes,
      });
    }
    return true;
  });
  // The text itself reaches editors through Yjs; this tells pages that read the saved
  // snapshot (narrative comments' quotes, History, Readiness) to read it again. The change
  // is the server's own, so it reaches the editors' pages too.
  if (isSnapshotChanged) {
    publishIncidentChange(incidentId, {
      topic: "narrative",
      action: "saved",
      ids: [],
      actorId: "collab-server",
    });
  }
}
