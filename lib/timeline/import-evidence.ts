// Imports pasted evidence into an incident's timeline in one transaction: the raw texts
// as evidence sources, every parsed entry as an event linked to its source lines, the
// trace spans and the history entry. Either all of it lands or none of it. On SQLite the
// rows are written through the driver (see write-import-sqlite.ts for why).
import "server-only";
import { randomUUID } from "node:crypto";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ingest, type Source } from "@/lib/ingest";
import type { IngestEvent, SkewEstimate } from "@/lib/ingest/types";
import type { EvidenceInput } from "@/lib/timeline/evidence-input";
import { runHeavyJob } from "@/lib/timeline/heavy-jobs";
import { isSqlite, writeImportSqlite } from "@/lib/timeline/write-import-sqlite";
import { readEvidenceSources } from "@/lib/timeline/read-evidence-sources";

export interface ImportEvidenceResult {
  sources: { id: string; name: string; format: string; events: number }[];
  events: number;
  spans: number;
}

export async function importEvidence(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<ImportEvidenceResult> {
  const { incidentId, evidence, sources } = await readEvidenceSources(user, reference, input);
  // Access and input are checked first; then the import holds a heavy-job slot to its end.
  return runHeavyJob(user.id, () => writeImport(user, incidentId, evidence, sources));
}

async function writeImport(
  user: SessionUser,
  incidentId: string,
  evidence: EvidenceInput,
  sources: Source[],
): Promise<ImportEvidenceResult> {
  // Every field of every event is stored: decode them while parsing.
  const result = ingest(sources, { eager: true });
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
  const sourceRows = result.sources.map((report, index) => ({
    id: sourceIds.get(report.name) ?? randomUUID(),
    incidentId,
    name: report.name,
    format: report.format,
    options: JSON.stringify(evidence.sources[index]?.options ?? {}),
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
  }));
  const summary = result.sources.map((report) => ({
    id: sourceIds.get(report.name) ?? "",
    name: report.name,
    format: report.format,
    events: report.counts.events,
  }));
  const audit = {
    actorId: user.id,
    action: "timeline.evidence_imported" as const,
    incidentId,
    changes: {
      evidence: {
        from: null,
        to: summary
          .map((source) => `${source.name} (${source.format}, ${source.events} events)`)
          .join("; "),
      },
    },
  };
  const outcome = { sources: summary, events: eventRows.length, spans: spanRows.length };

  if (isSqlite()) {
    writeImportSqlite({
      sources: sourceRows,
      events: eventRows,
      spans: spanRows,
      audit: {
        id: randomUUID(),
        incidentId,
        actorId: user.id,
        action: audit.action,
        changes: JSON.stringify(audit.changes),
        createdAt: now,
      },
    });
    return outcome;
  }
  return db.$transaction(
    async (transaction) => {
      await transaction.evidenceSource.createMany({ data: sourceRows });
      for (let start = 0; start < eventRows.length; start += 1000) {
        await transaction.timelineEvent.createMany({ data: eventRows.slice(start, start + 1000) });
      }
      await transaction.traceSpan.createMany({ data: spanRows });
      await writeAuditEntry(transaction, audit);
      return outcome;
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
