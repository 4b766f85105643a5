// Creating, saving and deleting diagrams. A personal diagram is changed only by its author;
// the incident's reference diagram by anyone who may change the incident. Saves are
// versioned like everything else: one based on an older version is a conflict that returns
// the newer diagram, never a silent overwrite. Audit entries name the diagram and its size,
// not its content, and show only to their actor (see list-incident-history.ts).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { saveVersioned } from "@/lib/audit/save-versioned";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Diagram } from "@/lib/models/diagram";
import { parseMermaid } from "@/lib/models/mermaid";
import {
  createDiagramSchema,
  diagramContentSchema,
  readStoredDiagram,
  saveDiagramSchema,
  type SaveDiagramInput,
} from "@/lib/mental-models/diagrams/diagram-input";
import { modelViewerFor } from "@/lib/mental-models/model-viewer";
import { canSeeDiagram } from "@/lib/mental-models/visibility";
import { invalidFields, type InvalidFields } from "@/lib/validation/field-errors";
import { publishDiagramChange } from "@/lib/mental-models/publish-model-change";

export type DiagramInvalid = InvalidFields;

export type CreateDiagramResult = { status: "created"; diagramId: string } | DiagramInvalid;

export interface DiagramValues {
  title: string;
  moment: string;
  momentTime: string | null;
  visibility: SaveDiagramInput["visibility"];
  content: Diagram;
}

export type SaveDiagramResult =
  | { status: "saved"; version: number }
  | DiagramInvalid
  | {
      status: "conflict";
      message: string;
      theirs: DiagramValues;
      version: number;
      updatedBy: string;
    };

export async function createDiagram(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<CreateDiagramResult> {
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  const parsed = createDiagramSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error);
  const values = parsed.data;
  let content: Diagram = { nodes: [], edges: [] };
  if (values.start.from === "mermaid") {
    const read = parseMermaid(values.start.text);
    if (!read.ok) {
      return invalidFields({ "start.text": [`Line ${read.line}: ${read.message}`] });
    }
    const checked = diagramContentSchema.safeParse(read.diagram);
    if (!checked.success) {
      return invalidFields({ "start.text": checked.error.issues.map((issue) => issue.message) });
    }
    content = checked.data;
  }
  if (values.start.from === "copy") {
    const viewer = await modelViewerFor(user, incidentId);
    const source = await db.modelDiagram.findFirst({
      where: { id: values.start.diagramId, incidentId, deletedAt: null },
      select: { authorId: true, kind: true, visibility: true, content: true },
    });
    if (!source || !canSeeDiagram(viewer, source)) throw notFound("That diagram");
    content = readStoredDiagram(source.content);
  }
  const result = await db.$transaction(async (transaction) => {
    if (values.kind === "reference") {
      const existing = await transaction.modelDiagram.count({
        where: { incidentId, kind: "reference", deletedAt: null },
      });
      if (existing > 0) {
        throw new AppError(
          "conflict",
          "This incident already has a reference diagram: open it from the list and change it there.",
        );
      }
    }
    const created = await transaction.modelDiagram.create({
      data: {
        incidentId,
        authorId: user.id,
        kind: values.kind,
        title: values.title,
        moment: values.moment,
        momentTime: values.momentTime ? new Date(values.momentTime) : null,
        visibility: values.kind === "reference" ? "incident" : "private",
        content: JSON.stringify(content),
      },
      select: { id: true },
    });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "model.diagram_created",
      incidentId,
      changes: {
        diagram: { from: null, to: created.id },
        title: { from: null, to: values.title },
      },
    });
    return { status: "created" as const, diagramId: created.id };
  });
  await publishDiagramChange(incidentId, result.diagramId, user.id, "added");
  return result;
}

export async function saveDiagram(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<SaveDiagramResult> {
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  const parsed = saveDiagramSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error);
  const { diagramId, baseVersion, ...after } = parsed.data;
  let visibilityBefore: string | undefined;

  const result = await db.$transaction(async (transaction) => {
    const current = await editableDiagram(transaction, user, incidentId, diagramId);
    visibilityBefore = current.visibility;
    const before: DiagramValues = {
      title: current.title,
      moment: current.moment,
      momentTime: current.momentTime?.toISOString() ?? null,
      visibility: current.visibility as DiagramValues["visibility"],
      content: readStoredDiagram(current.content),
    };
    const visibility = current.kind === "reference" ? "incident" : after.visibility;
    const momentTime = after.momentTime ? new Date(after.momentTime).toISOString() : null;
    return saveVersioned<SaveDiagramResult>(transaction, {
      currentVersion: current.version,
      baseVersion,
      lastChangeWhere: {
        incidentId,
        action: { startsWith: "model.diagram" },
        changes: { contains: diagramId },
      },
      conflict: (lastChange) => ({
        status: "conflict",
        message:
          "This diagram changed after you opened it (in another tab, or by someone else). Nothing was overwritten: choose which to keep.",
        theirs: before,
        version: current.version,
        updatedBy: lastChange?.actorName ?? "someone",
      }),
      changes: () => {
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        if (before.title !== after.title) changes.title = { from: before.title, to: after.title };
        if (before.moment !== after.moment) {
          changes.moment = { from: before.moment, to: after.moment };
        }
        if (before.momentTime !== momentTime) {
          changes.momentTime = { from: before.momentTime, to: momentTime };
        }
        if (before.visibility !== visibility) {
          changes.visibility = { from: before.visibility, to: visibility };
        }
        if (JSON.stringify(before.content) !== JSON.stringify(after.content)) {
          changes.components = {
            from: before.content.nodes.length,
            to: after.content.nodes.length,
          };
          changes.connections = {
            from: before.content.edges.length,
            to: after.content.edges.length,
          };
        }
        return changes;
      },
      claim: () =>
        transaction.modelDiagram.updateMany({
          where: { id: diagramId, version: baseVersion },
          data: {
            version: { increment: 1 },
            title: after.title,
            moment: after.moment,
            momentTime: momentTime ? new Date(momentTime) : null,
            visibility,
            content: JSON.stringify(after.content),
          },
        }),
      audit: {
        actorId: user.id,
        action: "model.diagram_updated",
        incidentId,
        extra: { diagram: { from: null, to: diagramId } },
      },
      saved: (version) => ({ status: "saved", version }),
    });
  });
  if (result.status === "saved") {
    // A diagram that stops being shared must leave the pages that showed it.
    const isVisibilityChange =
      visibilityBefore !== undefined && visibilityBefore !== after.visibility;
    await publishDiagramChange(incidentId, diagramId, user.id, "edited", {
      toEveryone: isVisibilityChange,
    });
  }
  return result;
}

export async function deleteDiagram(
  user: SessionUser,
  reference: string,
  diagramId: string,
): Promise<void> {
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  await db.$transaction(async (transaction) => {
    const current = await editableDiagram(transaction, user, incidentId, diagramId);
    await transaction.modelDiagram.update({
      where: { id: current.id },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "model.diagram_deleted",
      incidentId,
      changes: { diagram: { from: diagramId, to: null }, title: { from: current.title, to: null } },
    });
  });
  await publishDiagramChange(incidentId, diagramId, user.id, "deleted");
}

// The diagram if this person may change it. Someone else's diagram they cannot see is "not
// found"; one they can see but not change (shared with them) is "forbidden".
async function editableDiagram(
  transaction: Prisma.TransactionClient,
  user: SessionUser,
  incidentId: string,
  diagramId: string,
) {
  const current = await transaction.modelDiagram.findFirst({
    where: { id: diagramId, incidentId, deletedAt: null },
  });
  if (!current) throw notFound("That diagram");
  if (current.authorId === user.id || current.kind === "reference") return current;
  const viewer = await modelViewerFor(user, incidentId, transaction);
  if (!canSeeDiagram(viewer, current)) throw notFound("That diagram");
  throw new AppError("forbidden", "Only the person who drew this diagram can change it.");
}
