// Where a new thread goes, checked against the author's access: an event of this incident,
// a note or diagram the author may see (a 404 otherwise, as for anything hidden), a node
// that is in the diagram, or a narrative selection with the words around it.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CommentAnchor } from "@/lib/comments/comment-input";
import { invalidFieldsError, notFound } from "@/lib/errors";
import {
  visibleDiagramWhere,
  visibleNoteWhere,
  type ModelViewer,
} from "@/lib/mental-models/visibility";

type AnchorData = Omit<
  Prisma.CommentThreadUncheckedCreateInput,
  "incidentId" | "createdById" | "status"
>;

export async function threadAnchorData(
  transaction: Prisma.TransactionClient,
  viewer: ModelViewer,
  incidentId: string,
  anchor: CommentAnchor,
): Promise<AnchorData> {
  switch (anchor.kind) {
    case "event": {
      const event = await transaction.timelineEvent.findFirst({
        where: { id: anchor.eventId, incidentId, deletedAt: null },
        select: { id: true },
      });
      if (!event) throw notFound("That timeline event");
      return { anchorKind: "event", eventId: event.id };
    }
    case "note": {
      const note = await transaction.modelNote.findFirst({
        where: { AND: [{ id: anchor.noteId, incidentId }, visibleNoteWhere(viewer)] },
        select: { id: true },
      });
      if (!note) throw notFound("That note");
      return { anchorKind: "note", noteId: note.id };
    }
    case "diagram": {
      const diagram = await transaction.modelDiagram.findFirst({
        where: { AND: [{ id: anchor.diagramId, incidentId }, visibleDiagramWhere(viewer)] },
        select: { id: true, content: true },
      });
      if (!diagram) throw notFound("That diagram");
      const label = nodeLabelOf(diagram.content, anchor.nodeId);
      if (label === null) {
        throw invalidFieldsError({ nodeId: ["That component is no longer in the diagram."] });
      }
      return {
        anchorKind: "diagram",
        diagramId: diagram.id,
        nodeId: anchor.nodeId,
        nodeLabel: label,
      };
    }
    case "narrative":
      return {
        anchorKind: "narrative",
        quote: anchor.quote,
        quoteBefore: anchor.before,
        quoteAfter: anchor.after,
      };
  }
}

function nodeLabelOf(content: string, nodeId: string): string | null {
  try {
    const parsed = JSON.parse(content) as { nodes?: { id?: unknown; label?: unknown }[] };
    const node = parsed.nodes?.find((candidate) => candidate.id === nodeId);
    if (!node) return null;
    return typeof node.label === "string" && node.label.trim() ? node.label.trim() : nodeId;
  } catch {
    return null;
  }
}
