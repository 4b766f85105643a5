"use client";

// All compared diagrams drawn as one: every component and connection anyone drew or the
// traces show, coloured by agreement. Green: everyone (and the traces, when they show it);
// amber: some; blue: one; red dashed: observed but nobody drew it.
import { useEffect, useMemo, useState } from "react";
import { DiagramCanvas, type Tone } from "@/components/models/diagram-canvas";
import { layoutDiagram } from "@/components/models/layout-diagram";
import type { Diagram } from "@/lib/models/diagram";
import type { Comparison } from "@/lib/models/compare";

const LEGEND: [Tone, string][] = [
  ["all", "everyone drew it"],
  ["some", "some drew it"],
  ["one", "one person drew it"],
  ["hidden", "observed, nobody drew it"],
];

function toneOf(drawers: number, total: number, isObserved: boolean): Tone {
  if (drawers === 0) return isObserved ? "hidden" : "none";
  if (drawers === total) return "all";
  return drawers === 1 && total > 2 ? "one" : "some";
}

export function ComparisonOverlay({
  comparison,
  tracedServices,
}: {
  comparison: Comparison;
  tracedServices: string[];
}) {
  const total = comparison.diagrams.length;
  const { diagram, nodeTones, edgeTones, captions } = useMemo(() => {
    const traced = new Set(tracedServices);
    const components = comparison.components.filter(
      (component) => component.drawnBy.length > 0 || traced.has(component.name),
    );
    const keys = new Set(components.map((component) => component.key));
    const edges = comparison.edges.filter((edge) => keys.has(edge.fromKey) && keys.has(edge.toKey));
    const overlay: Diagram = {
      nodes: components.map((component) => ({
        id: component.key,
        label: component.name,
        kind: Object.values(component.kinds)[0] ?? "service",
      })),
      edges: edges.map((edge, index) => ({
        id: `c${index}`,
        from: edge.fromKey,
        to: edge.toKey,
        kind: "call",
        label: edge.observed ? `${edge.calls ?? 0} call${edge.calls === 1 ? "" : "s"}` : "",
      })),
    };
    return {
      diagram: overlay,
      nodeTones: Object.fromEntries(
        components.map((component) => [
          component.key,
          toneOf(component.drawnBy.length, total, component.observed),
        ]),
      ),
      edgeTones: Object.fromEntries(
        edges.map((edge, index) => [
          `c${index}`,
          toneOf(edge.drawnBy.length, total, edge.observed),
        ]),
      ),
      captions: Object.fromEntries(
        components.map((component) => [
          component.key,
          component.drawnBy.length === 0
            ? "nobody drew it"
            : `drawn by ${component.drawnBy.length} of ${total}${component.observed ? " · observed" : ""}`,
        ]),
      ),
    };
  }, [comparison, tracedServices, total]);

  const [placed, setPlaced] = useState<Diagram | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void layoutDiagram(diagram).then((result) => {
      if (isCurrent) setPlaced(result);
    });
    return () => {
      isCurrent = false;
    };
  }, [diagram]);

  if (diagram.nodes.length === 0) return <p className="muted">Nothing to overlay yet.</p>;
  if (!placed) return <p className="muted">Laying out the overlay…</p>;
  return (
    <div className="stack-tight">
      <DiagramCanvas
        diagram={placed}
        height={440}
        nodeTones={nodeTones}
        edgeTones={edgeTones}
        nodeCaptions={captions}
        label="Overlay of the compared diagrams, coloured by agreement"
      />
      <p className="row small muted" aria-label="Colours">
        {LEGEND.map(([tone, words]) => (
          <span key={tone}>
            <span className={`legend-swatch tone-${tone}`} />
            {words}
          </span>
        ))}
      </p>
    </div>
  );
}
