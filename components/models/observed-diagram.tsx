"use client";

// The observed model drawn like a person's diagram: derived from the traces and evidence,
// laid out automatically, read-only. Each service shows its calls and errors.
import { useEffect, useState } from "react";
import { DiagramCanvas } from "@/components/models/diagram-canvas";
import { layoutDiagram } from "@/components/models/layout-diagram";
import type { Diagram } from "@/lib/models/diagram";
import type { ObservedModel } from "@/lib/mental-models/observed-model";

// Only services with traced calls are drawn; the page lists the others by name.
export function observedAsDiagram(observed: ObservedModel): Diagram {
  const traced = observed.services.filter((service) => service.calls > 0);
  const idOf = new Map(
    traced.map((service) => [service.name, `s${observed.services.indexOf(service)}`]),
  );
  return {
    nodes: traced.map((service) => ({
      id: idOf.get(service.name) ?? service.name,
      label: service.name,
      kind: "service",
    })),
    edges: observed.edges.flatMap((edge, index) => {
      const from = idOf.get(edge.from);
      const to = idOf.get(edge.to);
      if (!from || !to) return [];
      const errors = edge.errors ? `, ${edge.errors} failed` : "";
      return [
        {
          id: `o${index}`,
          from,
          to,
          kind: "call" as const,
          label: `${edge.calls} call${edge.calls === 1 ? "" : "s"}${errors}`,
        },
      ];
    }),
  };
}

function caption(service: ObservedModel["services"][number]): string {
  const errors = service.errors ? `, ${service.errors} failed` : "";
  return `${service.calls} call${service.calls === 1 ? "" : "s"}${errors}`;
}

export function ObservedDiagram({ observed }: { observed: ObservedModel }) {
  const [placed, setPlaced] = useState<Diagram | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void layoutDiagram(observedAsDiagram(observed)).then((diagram) => {
      if (isCurrent) setPlaced(diagram);
    });
    return () => {
      isCurrent = false;
    };
  }, [observed]);
  const captions = Object.fromEntries(
    observed.services.map((service, index) => [`s${index}`, caption(service)]),
  );
  if (!placed) return <p className="muted">Laying out the observed services…</p>;
  return (
    <DiagramCanvas
      diagram={placed}
      height={360}
      nodeCaptions={captions}
      label="Observed: services and calls from the traces and evidence"
    />
  );
}
