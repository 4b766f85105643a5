// Automatic layout of a diagram with ELK's layered algorithm: calls read in the diagram's
// direction (left to right by default), crossings kept low, nodes spaced for their labels.
// Used when a diagram has no positions yet (pasted Mermaid, the observed model) and when
// the person asks for "Arrange".
import ELK from "elkjs/lib/elk.bundled.js";
import type { Diagram } from "@/lib/models/diagram";
import { NODE_HEIGHT, NODE_WIDTH } from "@/lib/models/svg";

const elk = new ELK();

export type LayoutDirection = "RIGHT" | "DOWN";

export async function layoutDiagram(
  diagram: Diagram,
  direction: LayoutDirection = "RIGHT",
): Promise<Diagram> {
  if (diagram.nodes.length === 0) return diagram;
  const ids = new Set(diagram.nodes.map((node) => node.id));
  const graph = await elk.layout({
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": direction,
      "elk.spacing.nodeNode": "40",
      "elk.layered.spacing.nodeNodeBetweenLayers": "90",
      "elk.layered.crossingMinimization.strategy": "LAYER_SWEEP",
      "elk.edgeRouting": "POLYLINE",
    },
    children: diagram.nodes.map((node) => ({
      id: node.id,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
    })),
    edges: diagram.edges
      .filter((edge) => ids.has(edge.from) && ids.has(edge.to) && edge.from !== edge.to)
      .map((edge) => ({ id: edge.id, sources: [edge.from], targets: [edge.to] })),
  });
  const placed = new Map((graph.children ?? []).map((child) => [child.id, child]));
  return {
    nodes: diagram.nodes.map((node) => {
      const child = placed.get(node.id);
      return { ...node, x: Math.round(child?.x ?? 0), y: Math.round(child?.y ?? 0) };
    }),
    edges: diagram.edges,
  };
}

/** Whether every node has a position (otherwise the diagram is laid out on open). */
export function isPlaced(diagram: Diagram): boolean {
  return diagram.nodes.every((node) => node.x !== undefined && node.y !== undefined);
}
