// Live updates for participants' notes and diagrams, told only to the people who may see
// them: a private note's edits reach its author (and, for an interview, its subject), a
// facilitators-only one the facilitators too. A change of visibility is told to everyone, so
// a note that stops being shared leaves the pages that showed it.
import "server-only";
import { db } from "@/lib/db";
import { publishIncidentChange } from "@/lib/realtime/bus";
import type { ChangeTopic } from "@/lib/realtime/incident-change";

export interface SharedFields {
  authorId: string;
  visibility: string;
  subjectId?: string;
  isShareable: boolean;
}

export async function audienceFor(
  incidentId: string,
  fields: SharedFields,
): Promise<string[] | undefined> {
  if (fields.isShareable && fields.visibility === "incident") return undefined;
  const people = new Set([fields.authorId]);
  if (fields.subjectId) people.add(fields.subjectId);
  if (fields.isShareable && fields.visibility === "facilitators") {
    const facilitators = await db.incidentParticipant.findMany({
      where: { incidentId, role: "facilitator" },
      select: { userId: true },
    });
    for (const { userId } of facilitators) people.add(userId);
  }
  return [...people];
}

async function publishShared(
  incidentId: string,
  topic: ChangeTopic,
  id: string,
  actorId: string,
  action: string,
  fields: SharedFields | null,
  toEveryone: boolean,
): Promise<void> {
  try {
    const audience = toEveryone || !fields ? undefined : await audienceFor(incidentId, fields);
    publishIncidentChange(incidentId, { topic, action, ids: [id], actorId, audience });
  } catch (error) {
    console.error("[debrief] live update not sent", { incidentId, topic, error });
  }
}

export async function publishNoteChange(
  incidentId: string,
  noteId: string,
  actorId: string,
  action: string,
  options: { toEveryone?: boolean } = {},
): Promise<void> {
  const note = await db.modelNote.findUnique({
    where: { id: noteId },
    select: { authorId: true, subjectId: true, kind: true, visibility: true, calibratedAt: true },
  });
  const fields = note && {
    authorId: note.authorId,
    subjectId: note.kind === "interview" ? note.subjectId : undefined,
    visibility: note.visibility,
    isShareable: note.kind !== "interview" || note.calibratedAt !== null,
  };
  await publishShared(
    incidentId,
    "notes",
    noteId,
    actorId,
    action,
    fields,
    Boolean(options.toEveryone),
  );
}

export async function publishDiagramChange(
  incidentId: string,
  diagramId: string,
  actorId: string,
  action: string,
  options: { toEveryone?: boolean } = {},
): Promise<void> {
  const diagram = await db.modelDiagram.findUnique({
    where: { id: diagramId },
    select: { authorId: true, kind: true, visibility: true },
  });
  const fields = diagram && {
    authorId: diagram.authorId,
    visibility: diagram.kind === "reference" ? "incident" : diagram.visibility,
    isShareable: true,
  };
  await publishShared(
    incidentId,
    "diagrams",
    diagramId,
    actorId,
    action,
    fields,
    Boolean(options.toEveryone),
  );
}
