"use client";

// The service graph the traces show: services as nodes laid out by call depth, edges
// labelled with calls and errors (red when any call failed). Drawn with React Flow.
import { Background, Controls, MarkerType, ReactFlow, type Edge, type Node } from "@xyflow/react";
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
  const byLayer = new Map<number, string[]>();
  for (const [service, layer] of depth)
    byLayer.set(layer, [...(byLayer.get(layer) ?? []), service].sort());
  const nodes: Node[] = [...depth.keys()].map((service) => {
    const layer = depth.get(service) ?? 0;
    const row = byLayer.get(layer)?.indexOf(service) ?? 0;
    const isSkewed = skewedServices.includes(service);
    return {
      id: service,
      position: { x: layer * 240, y: row * 110 },
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
