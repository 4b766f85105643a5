// A complete export of one incident as a "debrief.incident" document (transfer-schema.ts):
// its fields, narrative, factors, action items, participants by email, evidence with its
// raw text and options, spans, timeline events with their edits, key moments, hidden and
// deleted state, the notes and diagrams the exporter may see, and the history the exporter
// may see. Only what the exporter may see: the incident through the access rule, notes and
// diagrams through the visibility rule, model history only when it is their own.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { formatIncidentReference } from "@/lib/access/incident-reference";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { readImportedPeople, readImportedPerson } from "@/lib/incidents/imported-person";
import type {
  ActionItemStatus,
  IncidentStatus,
  ParticipantRole,
  Severity,
  Visibility,
} from "@/lib/incidents/schema";
import {
  TRANSFER_FORMAT,
  TRANSFER_VERSION,
  type IncidentTransfer,
  type TransferPerson,
} from "@/lib/incident-transfer/transfer-schema";
import type { KeyMomentKind } from "@/lib/evidence/evidence-input";
import { modelViewerFor } from "@/lib/mental-models/model-viewer";
import { visibleDiagramWhere, visibleNoteWhere } from "@/lib/mental-models/visibility";

const person = { select: { name: true, email: true } } as const;

export async function exportIncident(
  user: SessionUser,
  reference: string,
  now: Date = new Date(),
): Promise<IncidentTransfer> {
  // Check the person may see the incident; everything below is of this incident only.
  const incidentId = await findVisibleIncidentId(user, reference);
  const viewer = await modelViewerFor(user, incidentId);
  const [incident, sources, spans, events, notes, diagrams, history] = await db.$transaction([
    db.incident.findUniqueOrThrow({
      where: { id: incidentId },
      include: {
        services: { orderBy: { name: "asc" } },
        tags: { orderBy: { name: "asc" } },
        contributingFactors: { orderBy: { position: "asc" } },
        luckyNotes: { orderBy: { position: "asc" } },
        actionItems: { orderBy: { position: "asc" }, include: { owner: person } },
        participants: { orderBy: { createdAt: "asc" }, include: { user: person } },
      },
    }),
    db.evidenceSource.findMany({
      where: { incidentId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { createdBy: person },
    }),
    db.traceSpan.findMany({ where: { incidentId }, orderBy: [{ start: "asc" }, { id: "asc" }] }),
    db.timelineEvent.findMany({
      where: { incidentId },
      orderBy: [{ time: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      include: { author: person },
    }),
    db.modelNote.findMany({
      where: { AND: [{ incidentId }, visibleNoteWhere(viewer)] },
      orderBy: [{ anchorTime: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      include: { author: person, subject: person },
    }),
    db.modelDiagram.findMany({
      where: { AND: [{ incidentId }, visibleDiagramWhere(viewer)] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { author: person },
    }),
    // The history page's rule: changes to notes and diagrams are their maker's to see.
    db.auditEntry.findMany({
      where: {
        incidentId,
        OR: [{ action: { not: { startsWith: "model." } } }, { actorId: user.id }],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { actor: person },
    }),
  ]);

  // Rows in an order that does not depend on ids, so an imported copy (new ids, same
  // times) exports in the same order, with the same keys.
  sortBy(sources, (source) => [source.createdAt.toISOString(), source.name, source.id]);
  const sourceKeys = new Map(sources.map((source, index) => [source.id, `s${index + 1}`]));
  const sourceOrder = (id: string | null) => (id ? (sourceKeys.get(id) ?? "") : "");
  sortBy(events, (event) => [
    event.time.toISOString(),
    event.createdAt.toISOString(),
    sourceOrder(event.sourceId).padStart(12, "0"),
    String(event.lineStart ?? 0).padStart(12, "0"),
    event.message,
    event.id,
  ]);
  const eventKeys = new Map(events.map((event, index) => [event.id, `e${index + 1}`]));
  sortBy(spans, (span) => [
    span.start.toISOString(),
    sourceOrder(span.sourceId).padStart(12, "0"),
    String(span.line).padStart(12, "0"),
    span.spanId,
  ]);
  sortBy(notes, (note) => [
    note.anchorTime.toISOString(),
    note.createdAt.toISOString(),
    note.author.email,
    note.id,
  ]);
  sortBy(diagrams, (diagram) => [diagram.createdAt.toISOString(), diagram.title, diagram.id]);
  sortBy(history, (entry) => [entry.createdAt.toISOString(), entry.action, entry.changes]);
  // Every save writes the participants afresh (one time for all): by email, then.
  const participants = [...incident.participants].sort((a, b) =>
    a.user.email < b.user.email ? -1 : a.user.email > b.user.email ? 1 : 0,
  );
  const iso = (value: Date | null) => value?.toISOString() ?? null;

  return {
    format: TRANSFER_FORMAT,
    version: TRANSFER_VERSION,
    exportedAt: now.toISOString(),
    origin: {
      reference: formatIncidentReference(incident.number),
      exportedBy: { name: user.name, email: user.email },
    },
    incident: {
      title: incident.title,
      severity: incident.severity as Severity,
      status: incident.status as IncidentStatus,
      visibility: incident.visibility as Visibility,
      timeZone: incident.timeZone,
      startedAt: iso(incident.startedAt),
      detectedAt: iso(incident.detectedAt),
      mitigatedAt: iso(incident.mitigatedAt),
      resolvedAt: iso(incident.resolvedAt),
      services: incident.services.map((service) => service.name),
      tags: incident.tags.map((tag) => tag.name),
      impact: incident.impact,
      summary: incident.summary,
      narrative: incident.narrative ? parseObject(incident.narrative) : null,
      contributingFactors: incident.contributingFactors.map((factor) => factor.text),
      luckyNotes: incident.luckyNotes.map((note) => note.text),
    },
    participants: [
      ...participants.map((participant) => ({
        person: participant.user,
        role: participant.role as ParticipantRole,
      })),
      // People an earlier import could not match to an account here.
      ...readImportedPeople(incident.importedParticipants).map(({ role, ...imported }) => ({
        person: imported,
        role: role as ParticipantRole,
      })),
    ],
    actionItems: incident.actionItems.map((item) => ({
      title: item.title,
      owner: item.owner ?? (item.importedOwner ? readImportedPerson(item.importedOwner) : null),
      dueDate: item.dueDate ? item.dueDate.toISOString().slice(0, 10) : null,
      status: item.status as ActionItemStatus,
      trackerUrl: item.trackerUrl,
    })),
    evidenceSources: sources.map((source) => ({
      key: sourceKeys.get(source.id) as string,
      name: source.name,
      format: source.format,
      options: parseObject(source.options),
      report: parseObject(source.report),
      rawText: source.rawText,
      lineCount: source.lineCount,
      eventCount: source.eventCount,
      addedBy: source.importedBy ? readImportedPerson(source.importedBy) : source.createdBy,
      createdAt: source.createdAt.toISOString(),
    })),
    traceSpans: spans.map((span) => ({
      source: sourceKeys.get(span.sourceId) as string,
      traceId: span.traceId,
      spanId: span.spanId,
      parentSpanId: span.parentSpanId,
      name: span.name,
      service: span.service,
      host: span.host,
      kind: span.kind,
      start: span.start.toISOString(),
      startNs: span.startNs,
      durationMs: span.durationMs,
      isError: span.isError,
      remoteService: span.remoteService,
      line: span.line,
    })),
    timelineEvents: events.map((event) => ({
      key: eventKeys.get(event.id) as string,
      source: event.sourceId ? (sourceKeys.get(event.sourceId) ?? null) : null,
      time: event.time.toISOString(),
      timeNs: event.timeNs,
      originalTimeText: event.originalTimeText,
      flags: event.flags,
      service: event.service,
      host: event.host,
      level: event.level,
      message: event.message,
      lineStart: event.lineStart,
      lineEnd: event.lineEnd,
      traceId: event.traceId,
      spanId: event.spanId,
      parentSpanId: event.parentSpanId,
      attributes: event.attributes,
      isManual: event.isManual,
      author:
        event.author ?? (event.importedAuthor ? readImportedPerson(event.importedAuthor) : null),
      keyMoment: (event.keyMoment as KeyMomentKind | null) ?? null,
      keyMomentNote: event.keyMomentNote,
      isHidden: event.isHidden,
      deletedAt: iso(event.deletedAt),
      version: event.version,
      original:
        event.originalTime || event.originalMessage !== null || event.originalService !== null
          ? {
              time: iso(event.originalTime),
              message: event.originalMessage,
              service: event.originalService,
            }
          : null,
      createdAt: event.createdAt.toISOString(),
      updatedAt: event.updatedAt.toISOString(),
    })),
    notes: notes.map((note) => {
      const imported = readNotePeople(note.importedPeople);
      return {
        author: imported.author ?? note.author,
        subject: imported.subject ?? note.subject,
        kind: note.kind as "own" | "interview",
        visibility: note.visibility as "private" | "facilitators" | "incident",
        calibratedAt: iso(note.calibratedAt),
        anchorEvent: note.anchorEventId ? (eventKeys.get(note.anchorEventId) ?? null) : null,
        anchorTime: note.anchorTime.toISOString(),
        sections: parseObject(note.sections),
        learnedLater: note.learnedLater,
        version: note.version,
        createdAt: note.createdAt.toISOString(),
        updatedAt: note.updatedAt.toISOString(),
      };
    }),
    diagrams: diagrams.map((diagram) => ({
      author: diagram.importedAuthor ? readImportedPerson(diagram.importedAuthor) : diagram.author,
      kind: diagram.kind as "personal" | "reference",
      title: diagram.title,
      moment: diagram.moment,
      momentTime: iso(diagram.momentTime),
      visibility: diagram.visibility as "private" | "facilitators" | "incident",
      content: parseObject(diagram.content),
      version: diagram.version,
      createdAt: diagram.createdAt.toISOString(),
      updatedAt: diagram.updatedAt.toISOString(),
    })),
    history: history.map((entry) => ({
      action: entry.action,
      actor: entry.importedActor ? readImportedPerson(entry.importedActor) : entry.actor,
      at: entry.createdAt.toISOString(),
      changes: renameEventIds(parseObject(entry.changes), (id) => eventKeys.get(id)),
    })),
  };
}

// Sorts in place by a list of text keys, compared in turn.
function sortBy<T>(rows: T[], keys: (row: T) => string[]): void {
  const keyed = new Map(rows.map((row) => [row, keys(row)]));
  rows.sort((a, b) => {
    const left = keyed.get(a) as string[];
    const right = keyed.get(b) as string[];
    for (let index = 0; index < left.length; index++) {
      const one = left[index] as string;
      const other = right[index] as string;
      if (one !== other) return one < other ? -1 : 1;
    }
    return 0;
  });
}

function parseObject(stored: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(stored);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

// The note's people an import could not match: { author?, subject? }.
export function readNotePeople(stored: string | null): {
  author?: TransferPerson;
  subject?: TransferPerson;
} {
  if (!stored) return {};
  const parsed = parseObject(stored);
  return {
    ...(parsed.author ? { author: readImportedPerson(JSON.stringify(parsed.author)) } : {}),
    ...(parsed.subject ? { subject: readImportedPerson(JSON.stringify(parsed.subject)) } : {}),
  };
}

// History entries name timeline events by id in `changes.event` ({ from, to }): ids are
// swapped for the file's keys on export and back for the new ids on import.
export function renameEventIds(
  changes: Record<string, unknown>,
  rename: (id: string) => string | undefined,
): Record<string, unknown> {
  const event = changes.event;
  if (!event || typeof event !== "object") return changes;
  const { from, to } = event as { from?: unknown; to?: unknown };
  const swap = (value: unknown) => (typeof value === "string" ? (rename(value) ?? value) : value);
  return { ...changes, event: { from: swap(from), to: swap(to) } };
}
