// A mental-model diagram: "the system as I understood it". Pure data, shared by the
// Mermaid reader and writer, the comparison engine, the CLI and the app's editor.

export const NODE_KINDS = [
  "service",
  "datastore",
  "queue",
  "cache",
  "external",
  "client",
  "team",
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ["call", "async", "read", "write", "replication", "depends"] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  service: "Service",
  datastore: "Datastore",
  queue: "Queue",
  cache: "Cache",
  external: "External dependency",
  client: "Client",
  team: "Team or person",
};

export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  call: "Call",
  async: "Async message",
  read: "Reads",
  write: "Writes",
  replication: "Replication",
  depends: "Depends on",
};

export interface DiagramNode {
  /** Unique within the diagram; Mermaid's node id. */
  id: string;
  /** What the person called it; the component's name is the label, else the id. */
  label: string;
  kind: NodeKind;
  /** Position in the editor, when the person placed it. */
  x?: number;
  y?: number;
}

export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  label: string;
}

export interface Diagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export const EMPTY_DIAGRAM: Diagram = { nodes: [], edges: [] };

/** The component name a node stands for: its label when it has one, else its id. */
export function nodeName(node: DiagramNode): string {
  const label = node.label.trim();
  return label === "" ? node.id : label;
}
