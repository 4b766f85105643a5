"use client";

// A diagram drawn with React Flow: components as boxes styled by kind, connections as
// arrows styled by kind (dashed for async messages, heavy for replication) with their
// label. Editable (drag to place, drag from a component's right edge to another to
// connect, click to select) or read-only (shared diagrams, the observed model, the
// comparison overlay, where `tone` colours each part by agreement).
import {
  Background,
  Controls,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  type Connection,
  type Edge,
  type Node,
  type NodeChange,
  type NodeProps,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useMemo, useState } from "react";
import {
  NODE_KIND_LABELS,
  nodeName,
  type Diagram,
  type DiagramNode,
  type NodeKind,
} from "@/lib/models/diagram";
import { NODE_HEIGHT, NODE_WIDTH } from "@/lib/models/svg";

export type Tone = "all" | "some" | "one" | "none" | "hidden";

export interface CanvasSelection {
  kind: "node" | "edge";
  id: string;
}

type ModelNodeData = {
  label: string;
  kind: NodeKind;
  tone: Tone | undefined;
  caption: string | undefined;
};

function ModelNode({ data, selected }: NodeProps<Node<ModelNodeData>>) {
  return (
    <div
      className={`model-node kind-${data.kind}${data.tone ? ` tone-${data.tone}` : ""}${selected ? " is-selected" : ""}`}
      style={{ width: NODE_WIDTH, minHeight: NODE_HEIGHT }}
    >
      <Handle type="target" position={Position.Left} />
      <strong>{data.label}</strong>
      <span className="small muted">{data.caption ?? NODE_KIND_LABELS[data.kind]}</span>
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

const nodeTypes = { model: ModelNode };

function toFlowNodes(
  diagram: Diagram,
  tones: Record<string, Tone> | undefined,
  captions: Record<string, string> | undefined,
  selected: CanvasSelection | null,
): Node<ModelNodeData>[] {
  return diagram.nodes.map((node: DiagramNode, index) => ({
    id: node.id,
    type: "model",
    position: { x: node.x ?? (index % 4) * 240, y: node.y ?? Math.floor(index / 4) * 120 },
    selected: selected?.kind === "node" && selected.id === node.id,
    data: {
      label: nodeName(node),
      kind: node.kind,
      tone: tones?.[node.id],
      caption: captions?.[node.id],
    },
  }));
}

const EDGE_TONE_COLOUR: Record<Tone, string> = {
  all: "#1f7a4d",
  some: "#a86f00",
  one: "#2f5bd3",
  none: "#5d6470",
  hidden: "#b42318",
};

export function DiagramCanvas({
  diagram,
  editable = false,
  height = 460,
  nodeTones,
  edgeTones,
  nodeCaptions,
  selection = null,
  onSelect,
  onChange,
  label,
}: {
  diagram: Diagram;
  editable?: boolean;
  height?: number;
  nodeTones?: Record<string, Tone>;
  edgeTones?: Record<string, Tone>;
  nodeCaptions?: Record<string, string>;
  selection?: CanvasSelection | null;
  onSelect?: (selection: CanvasSelection | null) => void;
  onChange?: (diagram: Diagram) => void;
  label: string;
}) {
  // Positions while a component is being dragged; the diagram gets them when it is dropped.
  const [dragged, setDragged] = useState<Record<string, { x: number; y: number }>>({});
  const nodes = useMemo(
    () =>
      toFlowNodes(diagram, nodeTones, nodeCaptions, selection).map((node) => {
        const position = dragged[node.id];
        return position ? { ...node, position } : node;
      }),
    [diagram, nodeTones, nodeCaptions, selection, dragged],
  );

  const edges: Edge[] = useMemo(
    () =>
      diagram.edges.map((edge) => {
        const tone = edgeTones?.[edge.id];
        const colour = tone ? EDGE_TONE_COLOUR[tone] : "#5d6470";
        const isSelected = selection?.kind === "edge" && selection.id === edge.id;
        return {
          id: edge.id,
          source: edge.from,
          target: edge.to,
          label: edge.label || undefined,
          selected: isSelected,
          markerEnd: { type: MarkerType.ArrowClosed, color: colour },
          style: {
            stroke: colour,
            strokeWidth: edge.kind === "replication" ? 3 : isSelected ? 2.5 : 1.5,
            strokeDasharray: edge.kind === "async" || tone === "hidden" ? "6 4" : undefined,
          },
          labelStyle: { fill: "#1d2025" },
        };
      }),
    [diagram.edges, edgeTones, selection],
  );

  const onNodesChange = (changes: NodeChange<Node<ModelNodeData>>[]) => {
    if (!editable) return;
    const moves: Record<string, { x: number; y: number }> = {};
    for (const change of changes) {
      if (change.type === "position" && change.position) moves[change.id] = change.position;
    }
    if (Object.keys(moves).length > 0) setDragged((current) => ({ ...current, ...moves }));
  };

  const onConnect = (connection: Connection) => {
    if (!editable || !onChange) return;
    if (!connection.source || !connection.target || connection.source === connection.target) return;
    onChange({
      nodes: diagram.nodes,
      edges: [
        ...diagram.edges,
        {
          id: nextEdgeId(diagram),
          from: connection.source,
          to: connection.target,
          kind: "call",
          label: "",
        },
      ],
    });
  };

  return (
    <div className="diagram-canvas" style={{ height }} role="group" aria-label={label}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1.2 }}
        minZoom={0.2}
        nodesDraggable={editable}
        nodesConnectable={editable}
        elementsSelectable={Boolean(onSelect)}
        onNodesChange={onNodesChange}
        onConnect={onConnect}
        onNodeClick={(_, node) => onSelect?.({ kind: "node", id: node.id })}
        onEdgeClick={(_, edge) => onSelect?.({ kind: "edge", id: edge.id })}
        onPaneClick={() => onSelect?.(null)}
        onNodeDragStop={(_, node) => {
          if (!onChange) return;
          const moved = new Map(Object.entries({ ...dragged, [node.id]: node.position }));
          setDragged({});
          onChange({
            nodes: diagram.nodes.map((node) => {
              const position = moved.get(node.id);
              return position
                ? { ...node, x: Math.round(position.x), y: Math.round(position.y) }
                : node;
            }),
            edges: diagram.edges,
          });
        }}
        deleteKeyCode={null}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

export function nextEdgeId(diagram: Diagram): string {
  const taken = new Set(diagram.edges.map((edge) => edge.id));
  let index = diagram.edges.length + 1;
  while (taken.has(`e${index}`)) index++;
  return `e${index}`;
}
