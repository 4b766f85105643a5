"use client";

// The service graph the traces show: services as nodes in layers by call depth, callers on
// the left and the services they call to their right, so calls read left to right (edges
// leave a node on its right and enter the next on its left). Edges are labelled with calls
// and errors (red when any call failed). Drawn with React Flow; no layout library is
// installed, and a layered layout is all a service graph of a few dozen nodes needs.
import {
  Background,
  Controls,
  MarkerType,
  Position,
  ReactFlow,
  type Edge,
  type Node,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import type { ServiceEdge } from "@/lib/ingest/types";

export function ServiceGraph({
  edges,
  skewedServices,
}: {
  edges: ServiceEdge[];
  skewedServices: string[];
}) {
  if (edges.length === 0) return <p className="muted">No calls between services in the traces.</p>;
  const depth = layerOf(edges);
  const rows = rowsOf(edges, depth);
  const tallest = Math.max(...[...rows.values()].map((layer) => layer.length));
  const nodes: Node[] = [...depth.keys()].map((service) => {
    const layer = depth.get(service) ?? 0;
    const inLayer = rows.get(layer) ?? [service];
    const row = inLayer.indexOf(service);
    const isSkewed = skewedServices.includes(service);
    return {
      id: service,
      // Each layer is centred on the tallest one, so a lone callee sits level with its callers.
      position: {
        x: layer * LAYER_GAP,
        y: (row + (tallest - inLayer.length) / 2) * ROW_GAP,
      },
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
      data: { label: isSkewed ? `${service} (clock skew)` : service },
      className: isSkewed ? "graph-node is-skewed" : "graph-node",
    };
  });
  const flowEdges: Edge[] = edges.map((edge) => ({
    id: `${edge.from}->${edge.to}`,
    source: edge.from,
    target: edge.to,
    label: `${edge.calls} call${edge.calls === 1 ? "" : "s"}${edge.errors ? `, ${edge.errors} error${edge.errors === 1 ? "" : "s"}` : ""}`,
    markerEnd: { type: MarkerType.ArrowClosed },
    style: { stroke: edge.errors ? "#b42318" : "#5d6470", strokeWidth: edge.errors ? 2 : 1.5 },
    labelStyle: { fill: edge.errors ? "#b42318" : "#1d2025" },
  }));
  return (
    <div className="service-graph" data-testid="service-graph">
      <ReactFlow
        nodes={nodes}
        edges={flowEdges}
        fitView
        nodesConnectable={false}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
      <ul className="sr-list" aria-label="Service calls">
        {edges.map((edge) => (
          <li key={`${edge.from}->${edge.to}`} data-testid="graph-edge">
            {edge.from} → {edge.to}: {edge.calls} calls, {edge.errors} errors
          </li>
        ))}
      </ul>
    </div>
  );
}

const LAYER_GAP = 280;
const ROW_GAP = 100;

// The services of each layer in an order that keeps edges from crossing where it can: by
// the mean row of their callers in the layer before (barycentre), then by name.
function rowsOf(edges: ServiceEdge[], depth: Map<string, number>): Map<number, string[]> {
  const layers = new Map<number, string[]>();
  for (const [service, layer] of depth) layers.set(layer, [...(layers.get(layer) ?? []), service]);
  const rowOf = new Map<string, number>();
  for (const layer of [...layers.keys()].sort((a, b) => a - b)) {
    const services = layers.get(layer) ?? [];
    const weight = (service: string) => {
      const callers = edges
        .filter((edge) => edge.to === service && rowOf.has(edge.from))
        .map((edge) => rowOf.get(edge.from) ?? 0);
      return callers.length === 0
        ? Number.POSITIVE_INFINITY
        : callers.reduce((sum, row) => sum + row, 0) / callers.length;
    };
    services.sort((a, b) => weight(a) - weight(b) || a.localeCompare(b));
    services.forEach((service, row) => rowOf.set(service, row));
    layers.set(layer, services);
  }
  return layers;
}

// Longest distance from a caller-less service, capped so cycles cannot loop forever.
function layerOf(edges: ServiceEdge[]): Map<string, number> {
  const services = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  const layer = new Map([...services].map((service) => [service, 0]));
  for (let round = 0; round < services.size; round++) {
    let isChanged = false;
    for (const edge of edges) {
      const next = (layer.get(edge.from) ?? 0) + 1;
      if (edge.from !== edge.to && next > (layer.get(edge.to) ?? 0) && next < services.size) {
        layer.set(edge.to, next);
        isChanged = true;
      }
    }
    if (!isChanged) break;
  }
  return layer;
}
