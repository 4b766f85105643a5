// The observed model of an incident: derived, never drawn. Services and the calls between
// them from the imported traces (with call and error counts), plus the services its other
// evidence names (log lines carry a service; those have no calls of their own).
import "server-only";
import { db } from "@/lib/db";
import type { ServiceEdge } from "@/lib/ingest/types";
import { parseSourceReport, sumReportEdges } from "@/lib/traces/report-edges";

export interface ObservedService {
  name: string;
  /** Calls into and out of the service seen in traces. */
  calls: number;
  errors: number;
  /** Timeline events (log lines, spans) that name the service. */
  events: number;
}

export interface ObservedModel {
  services: ObservedService[];
  edges: ServiceEdge[];
}

export async function getObservedModel(incidentId: string): Promise<ObservedModel> {
  const [sources, named] = await Promise.all([
    db.evidenceSource.findMany({ where: { incidentId }, select: { report: true } }),
    db.timelineEvent.groupBy({
      by: ["service"],
      where: { incidentId, deletedAt: null, service: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const edges = sumReportEdges(sources.map((source) => parseSourceReport(source.report)));
  const services = new Map<string, ObservedService>();
  const serviceOf = (name: string) => {
    let service = services.get(name);
    if (!service) {
      service = { name, calls: 0, errors: 0, events: 0 };
      services.set(name, service);
    }
    return service;
  };
  for (const edge of edges) {
    for (const name of new Set([edge.from, edge.to])) {
      const service = serviceOf(name);
      service.calls += edge.calls;
      service.errors += edge.errors;
    }
  }
  for (const row of named) {
    const name = row.service?.trim();
    if (name) serviceOf(name).events += row._count._all;
  }
  return {
    services: [...services.values()].sort((a, b) => a.name.localeCompare(b.name)),
    edges: [...edges].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
  };
}
