// What the diagram editor sends, checked before use: the diagram itself (nodes with a kind,
// edges between nodes that exist) and its title, moment and visibility. Pure.
import {
  DIAGRAM_LABEL_MAX_CHARACTERS,
  DIAGRAM_MAX_EDGES,
  DIAGRAM_MAX_NODES,
  DIAGRAM_MOMENT_MAX_CHARACTERS,
  DIAGRAM_TITLE_MAX_CHARACTERS,
} from "@/lib/input-limits";
import { EDGE_KINDS, EMPTY_DIAGRAM, NODE_KINDS, type Diagram } from "@/lib/models/diagram";
import { MODEL_VISIBILITIES } from "@/lib/mental-models/visibility";
import { z } from "@/lib/validation/zod";

const idSchema = z.string().trim().min(1).max(DIAGRAM_LABEL_MAX_CHARACTERS);
const position = z.number().finite().min(-1_000_000).max(1_000_000).optional();

export const diagramContentSchema = z
  .object({
    nodes: z
      .array(
        z.object({
          id: idSchema,
          label: z.string().max(DIAGRAM_LABEL_MAX_CHARACTERS),
          kind: z.enum(NODE_KINDS),
          x: position,
          y: position,
        }),
      )
      .max(DIAGRAM_MAX_NODES, `Keep a diagram to ${DIAGRAM_MAX_NODES} components or fewer.`),
    edges: z
      .array(
        z.object({
          id: idSchema,
          from: idSchema,
          to: idSchema,
          kind: z.enum(EDGE_KINDS),
          label: z.string().max(DIAGRAM_LABEL_MAX_CHARACTERS),
        }),
      )
      .max(DIAGRAM_MAX_EDGES, `Keep a diagram to ${DIAGRAM_MAX_EDGES} connections or fewer.`),
  })
  .superRefine((diagram, context) => {
    const ids = new Set<string>();
    for (const node of diagram.nodes) {
      if (ids.has(node.id)) {
        context.addIssue({ code: "custom", message: `Two components share the id "${node.id}".` });
      }
      ids.add(node.id);
    }
    for (const edge of diagram.edges) {
      if (!ids.has(edge.from) || !ids.has(edge.to)) {
        context.addIssue({
          code: "custom",
          message: "A connection points at a component that is not in the diagram.",
        });
        return;
      }
    }
  });

const titleSchema = z.string().trim().min(1).max(DIAGRAM_TITLE_MAX_CHARACTERS);
const momentSchema = z.string().trim().max(DIAGRAM_MOMENT_MAX_CHARACTERS);
const momentTimeSchema = z.iso.datetime({ offset: true }).nullable();

export const createDiagramSchema = z.object({
  kind: z.enum(["personal", "reference"]),
  title: titleSchema,
  moment: momentSchema,
  momentTime: momentTimeSchema,
  // Start blank or as a copy of a diagram the person may see.
  start: z.discriminatedUnion("from", [
    z.object({ from: z.literal("blank") }),
    z.object({ from: z.literal("copy"), diagramId: z.string().min(1).max(64) }),
  ]),
});
export type CreateDiagramInput = z.infer<typeof createDiagramSchema>;

export const saveDiagramSchema = z.object({
  diagramId: z.string().min(1).max(64),
  baseVersion: z.number().int().min(1),
  title: titleSchema,
  moment: momentSchema,
  momentTime: momentTimeSchema,
  visibility: z.enum(MODEL_VISIBILITIES),
  content: diagramContentSchema,
});
export type SaveDiagramInput = z.infer<typeof saveDiagramSchema>;

/** A stored diagram's content; anything unreadable reads as empty rather than failing. */
export function readStoredDiagram(text: string): Diagram {
  try {
    const parsed = diagramContentSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : EMPTY_DIAGRAM;
  } catch {
    return EMPTY_DIAGRAM;
  }
}
