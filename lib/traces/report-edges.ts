// The service graph of an incident: the calls each imported trace source reported, summed
// over the sources. Shared by the Traces view and the observed mental model. Pure.
import type { ServiceEdge, SkewEstimate } from "@/lib/ingest/types";

export function sumReportEdges(reports: { edges: ServiceEdge[] }[]): ServiceEdge[] {
  const edges = new Map<string, ServiceEdge>();
  for (const report of reports) {
    for (const edge of report.edges) {
      const key = `${edge.from}→${edge.to}`;
      const sum = edges.get(key) ?? { from: edge.from, to: edge.to, calls: 0, errors: 0 };
      sum.calls += edge.calls;
      sum.errors += edge.errors;
      edges.set(key, sum);
    }
  }
  return [...edges.values()];
}

/** A source's stored report (JSON); an unreadable one counts as no calls and no skew. */
export function parseSourceReport(text: string): { edges: ServiceEdge[]; skew: SkewEstimate[] } {
  try {
    const parsed = JSON.parse(text) as { edges?: ServiceEdge[]; skew?: SkewEstimate[] };
    return { edges: parsed.edges ?? [], skew: parsed.skew ?? [] };
  } catch {
    return { edges: [], skew: [] };
  }
}
