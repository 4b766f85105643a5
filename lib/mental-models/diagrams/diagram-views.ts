// One incident's diagrams as the signed-in person may see them: their own, those shared
// with them, and the incident's reference diagram. Other people's private diagrams are
// filtered in the query (visibleDiagramWhere), so they never reach a page, a count or the
// compare view.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { canWrite, type SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Diagram } from "@/lib/models/diagram";
import { readStoredDiagram } from "@/lib/mental-models/diagrams/diagram-input";
import { modelViewerFor } from "@/lib/mental-models/model-viewer";
import {
  visibleDiagramWhere,
  type ModelViewer,
  type ModelVisibility,
} from "@/lib/mental-models/visibility";

export interface DiagramSummary {
  id: string;
  kind: "personal" | "reference";
  title: string;
  moment: string;
  momentTime: string | null;
  visibility: ModelVisibility;
  authorId: string;
  authorName: string;
  isMine: boolean;
  canEdit: boolean;
  nodeCount: number;
  edgeCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface DiagramView extends DiagramSummary {
  content: Diagram;
}

const diagramSelect = {
  id: true,
  kind: true,
  title: true,
  moment: true,
  momentTime: true,
  visibility: true,
  authorId: true,
  content: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { name: true } },
} as const;

type DiagramRow = {
  id: string;
  kind: string;
  title: string;
  moment: string;
  momentTime: Date | null;
  visibility: string;
  authorId: string;
  content: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  author: { name: string };
};

export interface IncidentDiagrams {
  incidentId: string;
  viewer: ModelViewer;
  canCreate: boolean;
  diagrams: DiagramView[];
}

/** Every diagram of the incident the person may see, references first, then by person. */
export async function listVisibleDiagrams(
  user: SessionUser,
  reference: string,
): Promise<IncidentDiagrams> {
  const incidentId = await findVisibleIncidentId(user, reference);
  const viewer = await modelViewerFor(user, incidentId);
  const rows = await db.modelDiagram.findMany({
    where: { AND: [{ incidentId }, visibleDiagramWhere(viewer)] },
    orderBy: [{ createdAt: "asc" }],
    select: diagramSelect,
  });
  const diagrams = rows.map((row) => toView(row, user));
  diagrams.sort(
    (a, b) =>
      Number(b.kind === "reference") - Number(a.kind === "reference") ||
      Number(b.isMine) - Number(a.isMine) ||
      a.authorName.localeCompare(b.authorName),
  );
  return { incidentId, viewer, canCreate: canWrite(user), diagrams };
}

/** One diagram, or "not found" when it does not exist or the person may not see it. */
export async function getVisibleDiagram(
  user: SessionUser,
  reference: string,
  diagramId: string,
): Promise<DiagramView> {
  const incidentId = await findVisibleIncidentId(user, reference);
  const viewer = await modelViewerFor(user, incidentId);
  const row = await db.modelDiagram.findFirst({
    where: { AND: [{ id: diagramId, incidentId }, visibleDiagramWhere(viewer)] },
    select: diagramSelect,
  });
  if (!row) throw notFound("That diagram");
  return toView(row, user);
}

function toView(row: DiagramRow, user: SessionUser): DiagramView {
  const content = readStoredDiagram(row.content);
  const kind = row.kind === "reference" ? "reference" : "personal";
  const isMine = row.authorId === user.id;
  return {
    id: row.id,
    kind,
    title: row.title,
    moment: row.moment,
    momentTime: row.momentTime?.toISOString() ?? null,
    visibility: kind === "reference" ? "incident" : (row.visibility as ModelVisibility),
    authorId: row.authorId,
    authorName: row.author.name,
    isMine,
    canEdit: canWrite(user) && (isMine || kind === "reference"),
    nodeCount: content.nodes.length,
    edgeCount: content.edges.length,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    content,
  };
}
