// Imports pasted evidence into an incident's timeline in one transaction: the raw texts
// as evidence sources, every parsed entry as an event linked to its source lines, and the
// trace spans. Either all of it lands or none of it.
import "server-only";
import { randomUUID } from "node:crypto";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ingest } from "@/lib/ingest";
import type { IngestEvent, SkewEstimate } from "@/lib/ingest/types";
import { insertRowsSqlite, isSqlite, sqliteDateTime } from "@/lib/timeline/insert-rows";
import {
  checkEvidenceLimits,
  evidenceInputSchema,
  toIngestSources,
} from "@/lib/timeline/evidence-input";

export interface ImportEvidenceResult {
  sources: { id: string; name: string; format: string; events: number }[];
  events: number;
  spans: number;
}

const EVENT_COLUMNS = [
  "id",
  "incidentId",
  "sourceId",
  "time",
  "timeNs",
  "originalTimeText",
  "flags",
  "service",
  "host",
  "level",
  "message",
  "lineStart",
  "lineEnd",
  "traceId",
  "spanId",
  "parentSpanId",
  "attributes",
  "createdAt",
  "updatedAt",
] as const;
const SPAN_COLUMNS = [
  "id",
  "incidentId",
  "sourceId",
  "traceId",
  "spanId",
  "parentSpanId",
  "name",
  "service",
  "host",
  "kind",
  "start",
  "startNs",
  "durationMs",
  "isError",
  "remoteService",
  "line",
] as const;

// One row as the JSON array the SQLite bulk insert unpacks, dates in Prisma's text form.
function sqliteRow<Row extends Record<string, unknown>>(columns: readonly (keyof Row & string)[]) {
  return (row: Row) =>
    columns.map((column) => {
      const value = row[column];
      if (value instanceof Date) return sqliteDateTime(value);
      return (value ?? null) as string | number | boolean | null;
    });
}

export async function importEvidence(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<ImportEvidenceResult> {
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  const parsed = evidenceInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Invalid evidence.");
  }
  const sources = toIngestSources(parsed.data);
  const limitProblem = checkEvidenceLimits(sources);
  if (limitProblem) throw new AppError("invalid_input", limitProblem);

  const result = ingest(sources);
  if (result.events.length === 0) {
    throw new AppError(
      "invalid_input",
      "Nothing in the paste could be read as an event with a time, so nothing was imported.",
    );
  }

  // Ids are made here so events and spans can point at their source in bulk inserts.
  const sourceIds = new Map(sources.map((source) => [source.name, randomUUID()]));
  const now = new Date();
  const skewed = skewedServices(result.sources.flatMap((report) => report.traces?.skew ?? []));

  // Rows are built before the transaction so the database is locked only to write them.
  const eventRows = result.events.map((event) =>
    toEventRow(event, incidentId, sourceIds, skewed, now),
  );
  const spanRows = result.traces.spans.map((span) => ({
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
  const isBulk = isSqlite();
  const eventValues = isBulk ? eventRows.map(sqliteRow(EVENT_COLUMNS)) : [];
  const spanValues = isBulk ? spanRows.map(sqliteRow(SPAN_COLUMNS)) : [];

  return db.$transaction(
    async (transaction) => {
      await transaction.evidenceSource.createMany({
        data: result.sources.map((report, index) => ({
          id: sourceIds.get(report.name) ?? randomUUID(),
          incidentId,
          name: report.name,
          format: report.format,
          options: JSON.stringify(parsed.data.sources[index]?.options ?? {}),
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
          createdById: user.id,
          createdAt: now,
        })),
      });
      if (isBulk) {
        await insertRowsSqlite(transaction, "TimelineEvent", EVENT_COLUMNS, eventValues);
        await insertRowsSqlite(transaction, "TraceSpan", SPAN_COLUMNS, spanValues);
      } else {
        for (let start = 0; start < eventRows.length; start += 1000) {
          await transaction.timelineEvent.createMany({
            data: eventRows.slice(start, start + 1000),
          });
        }
        await transaction.traceSpan.createMany({ data: spanRows });
      }
      const spans = spanRows;
      const summary = result.sources.map((report) => ({
        id: sourceIds.get(report.name) ?? "",
        name: report.name,
        format: report.format,
        events: report.counts.events,
      }));
      await writeAuditEntry(transaction, {
        actorId: user.id,
        action: "timeline.evidence_imported",
        incidentId,
        changes: {
          evidence: {
            from: null,
            to: summary
              .map((source) => `${source.name} (${source.format}, ${source.events} events)`)
              .join("; "),
          },
        },
      });
      return { sources: summary, events: result.events.length, spans: spans.length };
    },
    { timeout: 120_000 },
  );
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

function toEventRow(
  event: IngestEvent,
  incidentId: string,
  sourceIds: Map<string, string>,
  skewed: Set<string>,
  now: Date,
) {
  const flags: string[] = [...event.flags];
  if (event.service && skewed.has(`${event.service}|${event.host ?? ""}`)) flags.push("clock-skew");
  return {
    id: randomUUID(),
    incidentId,
    sourceId: sourceIds.get(event.source) ?? null,
    time: new Date(event.time),
    timeNs: event.timeNs ?? null,
    originalTimeText: event.timeText,
    flags: flags.join(","),
    service: event.service ?? null,
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
