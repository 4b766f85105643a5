// The observed system as the comparison reads it: services and the calls between them,
// with counts. Built from trace edges (lib/ingest's ServiceEdge has this shape) plus any
// services named in the evidence, the same way in the CLI and in the app.

export interface ObservedService {
  name: string;
  /** Calls into and out of the service in the traces (as the app's observed model counts). */
  calls: number;
  /** Of those, calls that failed. */
  errors: number;
}

export interface ObservedEdge {
  from: string;
  to: string;
  calls: number;
  errors: number;
}

export interface Observed {
  services: ObservedService[];
  edges: ObservedEdge[];
}

/**
 * Services and edges from trace edges: every service at either end of a call, with the calls
 * it took part in (in or out; a call to itself once) and how many failed, plus `named`
 * services (from evidence) seen nowhere else.
 */
export function observedFromEdges(
  edges: readonly ObservedEdge[],
  named: readonly string[] = [],
): Observed {
  const services = new Map<string, ObservedService>();
  const touch = (name: string): ObservedService => {
    let service = services.get(name);
    if (!service) {
      service = { name, calls: 0, errors: 0 };
      services.set(name, service);
    }
    return service;
  };
  for (const edge of edges)
    for (const name of new Set([edge.from, edge.to])) {
      const service = touch(name);
      service.calls += edge.calls;
      service.errors += edge.errors;
    }
  for (const name of named) if (name.trim() !== "") touch(name.trim());
  return {
    services: [...services.values()],
    edges: edges.map(({ from, to, calls, errors }) => ({ from, to, calls, errors })),
  };
}
