// Everything the Traces view needs for one incident: spans grouped by trace (for the
// waterfall), the service graph summed over the imported trace sources, the clock-skew
// estimates, and the triangulation of requests × services.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { ServiceEdge, SkewEstimate } from "@/lib/ingest/types";
import { parseSourceReport, sumReportEdges } from "@/lib/traces/report-edges";
import { triangulate, type ObservedRequest, type Triangulation } from "@/lib/traces/triangulate";

export interface TraceSpanView {
  spanId: string;
  parentSpanId: string | null;
  name: string;
  service: string;
  host: string | null;
  kind: string;
  start: number;
  durationMs: number;
  isError: boolean;
}

export interface TraceView {
  traceId: string;
  rootName: string;
  start: number;
  isFailed: boolean;
  spans: TraceSpanView[];
}

export interface TraceAnalysis {
  traces: TraceView[];
  edges: ServiceEdge[];
  skew: SkewEstimate[];
  triangulation: Triangulation;
}

const FAILING_LEVELS = new Set(["error", "fatal"]);

export async function getTraceAnalysis(
  user: SessionUser,
  reference: string,
): Promise<TraceAnalysis> {
  const incidentId = await findVisibleIncidentId(user, reference);
  const [spans, sources, logEvents] = await Promise.all([
    db.traceSpan.findMany({
      where: { incidentId },
      orderBy: { start: "asc" },
      take: 20_000,
      select: {
        traceId: true,
        spanId: true,
        parentSpanId: true,
        name: true,
        service: true,
        host: true,
        kind: true,
        start: true,
        startNs: true,
        durationMs: true,
        isError: true,
      },
    }),
    db.evidenceSource.findMany({ where: { incidentId }, select: { report: true } }),
    // Log lines that carry a trace id join the requests they belong to.
    db.timelineEvent.findMany({
      where: { incidentId, deletedAt: null, traceId: { not: null }, isManual: false },
      take: 50_000,
      select: { traceId: true, service: true, level: true, spanId: true },
    }),
  ]);

  const byTrace = new Map<string, TraceView>();
  for (const span of spans) {
    let trace = byTrace.get(span.traceId);
    if (!trace) {
      trace = {
        traceId: span.traceId,
        rootName: span.name,
        start: span.start.getTime(),
        isFailed: false,
        spans: [],
      };
      byTrace.set(span.traceId, trace);
    }
    // Spans also appear as timeline events; de-duplicate on span id within a trace.
    if (
      trace.spans.some(
        (existing) => existing.spanId === span.spanId && existing.service === span.service,
      )
    )
      continue;
    trace.spans.push({
      spanId: span.spanId,
      parentSpanId: span.parentSpanId,
      name: span.name,
      service: span.service,
      host: span.host,
      kind: span.kind,
      start: startMs(span.startNs, span.start),
      durationMs: span.durationMs,
      isError: span.isError,
    });
    if (span.isError) trace.isFailed = true;
    if (!span.parentSpanId) trace.rootName = span.name;
  }

  const reports = sources.map((source) => parseSourceReport(source.report));
  const edges = sumReportEdges(reports);
  const skew: SkewEstimate[] = [];
  for (const report of reports) for (const estimate of report.skew) addSkew(skew, estimate);

  // Requests: every trace seen in spans or in log lines. A service "fails" in a request
  // when one of its spans is an error or it logged an error for that trace.
  const requests = new Map<string, ObservedRequest>();
  const requestOf = (traceId: string) => {
    let request = requests.get(traceId);
    if (!request) {
      const trace = byTrace.get(traceId);
      request = {
        id: traceId,
        label: trace
          ? `${trace.rootName} · ${traceId.slice(0, 8)}`
          : `trace ${traceId.slice(0, 8)}`,
        isFailed: false,
        services: new Map(),
      };
      requests.set(traceId, request);
    }
    return request;
  };
  const touch = (request: ObservedRequest, service: string, hasError: boolean) => {
    request.services.set(service, (request.services.get(service) ?? false) || hasError);
    if (hasError) request.isFailed = true;
  };
  for (const trace of byTrace.values()) {
    const request = requestOf(trace.traceId);
    for (const span of trace.spans) touch(request, span.service, span.isError);
  }
  for (const event of logEvents) {
    if (!event.traceId || !event.service) continue;
    touch(requestOf(event.traceId), event.service, FAILING_LEVELS.has(event.level ?? ""));
  }

  return {
    traces: [...byTrace.values()].sort((a, b) => a.start - b.start),
    edges,
    skew,
    triangulation: triangulate([...requests.values()]),
  };
}

// Two trace files often report the same skew (the same traces exported twice, or in two
// formats): the notice says it once. Estimates that agree to the millisecond for the same
// service and host are one; the one resting on more span pairs is kept.
function addSkew(skew: SkewEstimate[], estimate: SkewEstimate): void {
  const index = skew.findIndex(
    (known) =>
      known.service === estimate.service &&
      (known.host ?? "") === (estimate.host ?? "") &&
      Math.round(known.ms) === Math.round(estimate.ms),
  );
  if (index < 0) skew.push(estimate);
  else if (estimate.spans > (skew[index]?.spans ?? 0)) skew[index] = estimate;
}

// Sub-millisecond precision from the exact nanoseconds when they are there.
function startMs(startNs: string, start: Date): number {
  if (/^\d{13,}$/.test(startNs)) {
    const whole = Number(startNs.slice(0, -6));
    const fraction = Number(startNs.slice(-6)) / 1e6;
    if (Number.isFinite(whole)) return whole + fraction;
  }
  return start.getTime();
}
