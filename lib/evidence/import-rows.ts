// The rows one evidence import writes, built from the engine's result: sources with their
// raw text and report, every event linked to its source lines, the trace spans and the
// history entry. Pure (no framework, no database), so the import worker thread builds
// them as well as the request thread.
import { randomUUID } from "node:crypto";
import type { IngestEvent, IngestResult, SkewEstimate, Source } from "@/lib/ingest/types";
import { sourceServiceOf, type EvidenceOptions } from "@/lib/evidence/evidence-input";

type Value = string | number | boolean | Date | null | undefined;
export type Row = Record<string, Value>;

export interface ImportRows {
  sources: Row[];
  events: Row[];
  spans: Row[];
  audit: Row;
}

export interface ImportEvidenceResult {
  sources: { id: string; name: string; format: string; events: number }[];
  events: number;
  spans: number;
}

export interface ImportRowsInput {
  result: IngestResult;
  sources: readonly Source[];
  options: readonly (EvidenceOptions | undefined)[];
  incidentId: string;
  userId: string;
  now: Date;
}

export const IMPORT_AUDIT_ACTION = "timeline.evidence_imported";

// Said when the engine found no event with a time, on the request thread and the worker.
export const NOTHING_READ_MESSAGE =
  "Nothing in the paste could be read as an event with a time, so nothing was imported.";

export function buildImportRows(input: ImportRowsInput): {
  rows: ImportRows;
  outcome: ImportEvidenceResult;
} {
  const { result, sources, incidentId, userId, now } = input;
  // Ids are made here so events and spans can point at their source in bulk inserts.
  const sourceIds = new Map(sources.map((source) => [source.name, randomUUID()]));
  const skewed = skewedServices(result.sources.flatMap((report) => report.traces?.skew ?? []));
  // Lines that name no service take their source's (set in the preview).
  const sourceServices = sources.map((_source, index) => sourceServiceOf(input.options[index]));
  const serviceBySource = new Map(
    sources.map((source, index) => [source.name, sourceServices[index] ?? ""]),
  );
  const events = result.events.map((event) =>
    toEventRow(event, serviceBySource.get(event.source), incidentId, sourceIds, skewed, now),
  );
  const spans = result.traces.spans.map((span) => ({
    id: randomUUID(),
    incidentId,
    sourceId: sourceIds.get(span.source) ?? "",
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parentSpanId ?? null,
    name: span.name,
    service: span.service,
    host: span.host ?? null,
    kind: span.kind,
    start: new Date(span.start),
    startNs: span.startNs,
    durationMs: span.durationMs,
    isError: span.isError,
    remoteService: span.remoteService ?? null,
    line: span.line,
  }));
  const sourceRows = result.sources.map((report, index) => ({
    id: sourceIds.get(report.name) ?? randomUUID(),
    incidentId,
    name: report.name,
    format: report.format,
    // The options as set, the service for unnamed lines among them, like the zone.
    options: JSON.stringify(input.options[index] ?? {}),
    report: JSON.stringify({
      counts: report.counts,
      confidence: report.confidence,
      assumptions: report.assumptions,
      flags: report.flags,
      edges: report.traces?.edges ?? [],
      skew: report.traces?.skew ?? [],
    }),
    rawText: sources[index]?.text ?? "",
    lineCount: report.counts.lines,
    eventCount: report.counts.events,
    createdById: userId,
    createdAt: now,
  }));
  const summary = result.sources.map((report) => ({
    id: sourceIds.get(report.name) ?? "",
    name: report.name,
    format: report.format,
    events: report.counts.events,
  }));
  const auditChanges = {
    evidence: {
      from: null,
      to: summary
        .map((source) => `${source.name} (${source.format}, ${source.events} events)`)
        .join("; "),
    },
  };
  return {
    rows: {
      sources: sourceRows,
      events,
      spans,
      audit: {
        id: randomUUID(),
        incidentId,
        actorId: userId,
        action: IMPORT_AUDIT_ACTION,
        changes: JSON.stringify(auditChanges),
        createdAt: now,
      },
    },
    outcome: { sources: summary, events: events.length, spans: spans.length },
  };
}

// Services whose clock the trace analysis found off by a millisecond or more.
function skewedServices(estimates: readonly SkewEstimate[]): Set<string> {
  const keys = new Set<string>();
  for (const estimate of estimates) {
    if (Math.abs(estimate.ms) < 1) continue;
    keys.add(`${estimate.service}|${estimate.host ?? ""}`);
  }
  return keys;
}

// Events may be lazily decoded (getters): read, never spread. `sourceService` is for
// lines that name no service.
function toEventRow(
  event: IngestEvent,
  sourceService: string | undefined,
  incidentId: string,
  sourceIds: Map<string, string>,
  skewed: Set<string>,
  now: Date,
) {
  const flags: string[] = [...event.flags];
  const service = event.service || sourceService || undefined;
  if (service && skewed.has(`${service}|${event.host ?? ""}`)) flags.push("clock-skew");
  return {
    id: randomUUID(),
    incidentId,
    sourceId: sourceIds.get(event.source) ?? null,
    time: new Date(event.time),
    timeNs: event.timeNs ?? null,
    originalTimeText: event.timeText,
    flags: flags.join(","),
    service: service ?? null,
    host: event.host ?? null,
    level: event.level ?? null,
    message: event.message,
    lineStart: event.firstLine,
    lineEnd: event.lastLine,
    traceId: event.traceId ?? null,
    spanId: event.spanId ?? null,
    parentSpanId: event.parentSpanId ?? null,
    attributes: event.attributes ? JSON.stringify(event.attributes) : null,
    createdAt: now,
    updatedAt: now,
  };
}
