// Imports a "debrief.incident" file (transfer-schema.ts) as a new incident with a fresh
// reference, in one transaction: nothing is half-imported. People are matched by email;
// whoever has no account here is kept by name (and the importer stands in where a row
// needs an account: the history entries they made, the sources they added). The file's
// history comes along marked as imported, and one entry records the import itself.
import "server-only";
import { randomBytes } from "node:crypto";
import { formatIncidentReference } from "@/lib/access/incident-reference";
import { canWrite, type SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { renameEventIds } from "@/lib/incident-transfer/export-incident";
import { matchPeople, type PeopleMatch } from "@/lib/incident-transfer/match-people";
import {
  describeTransferIssues,
  incidentTransferSchema,
  transferKindSchema,
  type IncidentTransfer,
} from "@/lib/incident-transfer/transfer-schema";
import { incidentChildren, incidentColumns } from "@/lib/incidents/incident-values";
import { incidentInputSchema, type IncidentInput } from "@/lib/incidents/schema";
import { toDateTimeLocal } from "@/lib/time/zone";

export interface ImportResult {
  reference: string;
  counts: { events: number; sources: number; notes: number; diagrams: number; history: number };
  /** People of the file with no account here, kept by name. */
  unmatched: { name: string; email: string }[];
}

// Rows written per statement: SQLite takes at most 32,766 bound values in one.
const CHUNK = 500;

export async function importIncident(user: SessionUser, input: unknown): Promise<ImportResult> {
  if (!canWrite(user))
    throw new AppError("forbidden", "Viewers can read incidents but not import them.");
  const file = parseTransfer(input);
  checkKeys(file);

  return db.$transaction(
    async (transaction) => {
      const people = await matchPeople(transaction, file);
      const values = incidentValues(file, people, user);
      const last = await transaction.incident.aggregate({ _max: { number: true } });
      const number = (last._max.number ?? 0) + 1;
      const incident = await transaction.incident.create({
        data: {
          number,
          createdById: user.id,
          ...incidentColumns(values),
          ...incidentChildren(values),
          importedParticipants: JSON.stringify(
            file.participants
              .filter((participant) => !people.find(participant.person))
              .map((participant) => ({ ...participant.person, role: participant.role })),
          ),
        },
        select: { id: true },
      });
      const incidentId = incident.id;

      const sourceIds = new Map(file.evidenceSources.map((source) => [source.key, newId()]));
      for (const source of file.evidenceSources) {
        const addedBy = people.find(source.addedBy);
        await transaction.evidenceSource.create({
          data: {
            id: sourceIds.get(source.key) as string,
            incidentId,
            name: source.name,
            format: source.format,
            options: JSON.stringify(source.options),
            report: JSON.stringify(source.report),
            rawText: source.rawText,
            lineCount: source.lineCount,
            eventCount: source.eventCount,
            createdById: addedBy ?? user.id,
            importedBy: addedBy ? null : people.stored(source.addedBy),
            createdAt: new Date(source.createdAt),
          },
        });
      }
      for (const spans of chunks(file.traceSpans)) {
        await transaction.traceSpan.createMany({
          data: spans.map(({ source, start, ...span }) => ({
            ...span,
            incidentId,
            sourceId: sourceIds.get(source) as string,
            start: new Date(start),
          })),
        });
      }

      const eventIds = new Map(file.timelineEvents.map((event) => [event.key, newId()]));
      for (const events of chunks(file.timelineEvents)) {
        await transaction.timelineEvent.createMany({
          data: events.map((event) => {
            const authorId = event.author ? people.find(event.author) : null;
            return {
              id: eventIds.get(event.key) as string,
              incidentId,
              sourceId: event.source ? (sourceIds.get(event.source) as string) : null,
              time: new Date(event.time),
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
              authorId,
              importedAuthor: event.author && !authorId ? people.stored(event.author) : null,
              keyMoment: event.keyMoment,
              keyMomentNote: event.keyMomentNote,
              isHidden: event.isHidden,
              deletedAt: event.deletedAt ? new Date(event.deletedAt) : null,
              version: event.version,
              originalTime: event.original?.time ? new Date(event.original.time) : null,
              originalMessage: event.original?.message ?? null,
              originalService: event.original?.service ?? null,
              createdAt: new Date(event.createdAt),
              updatedAt: new Date(event.updatedAt),
            };
          }),
        });
      }

      for (const note of file.notes) {
        const authorId = people.find(note.author);
        const subjectId = people.find(note.subject);
        const imported = {
          ...(authorId ? {} : { author: note.author }),
          ...(subjectId ? {} : { subject: note.subject }),
        };
        await transaction.modelNote.create({
          data: {
            incidentId,
            authorId: authorId ?? user.id,
            subjectId: subjectId ?? authorId ?? user.id,
            importedPeople: Object.keys(imported).length > 0 ? JSON.stringify(imported) : null,
            kind: note.kind,
            visibility: note.visibility,
            calibratedAt: note.calibratedAt ? new Date(note.calibratedAt) : null,
            anchorEventId: note.anchorEvent ? (eventIds.get(note.anchorEvent) ?? null) : null,
            anchorTime: new Date(note.anchorTime),
            sections: JSON.stringify(note.sections),
            learnedLater: note.learnedLater,
            version: note.version,
            createdAt: new Date(note.createdAt),
            updatedAt: new Date(note.updatedAt),
          },
        });
      }
      for (const diagram of file.diagrams) {
        const authorId = people.find(diagram.author);
        await transaction.modelDiagram.create({
          data: {
            incidentId,
            authorId: authorId ?? user.id,
            importedAuthor: authorId ? null : people.stored(diagram.author),
            kind: diagram.kind,
            title: diagram.title,
            moment: diagram.moment,
            momentTime: diagram.momentTime ? new Date(diagram.momentTime) : null,
            visibility: diagram.visibility,
            content: JSON.stringify(diagram.content),
            version: diagram.version,
            createdAt: new Date(diagram.createdAt),
            updatedAt: new Date(diagram.updatedAt),
          },
        });
      }

      // The file's history, marked as imported (who did it there is kept with each entry).
      for (const entries of chunks(file.history)) {
        await transaction.auditEntry.createMany({
          data: entries.map((entry) => ({
            incidentId,
            actorId: people.find(entry.actor) ?? user.id,
            importedActor: people.stored(entry.actor),
            action: entry.action,
            changes: JSON.stringify(renameEventIds(entry.changes, (key) => eventIds.get(key))),
            createdAt: new Date(entry.at),
          })),
        });
      }
      const unmatched = people.unmatched();
      await transaction.auditEntry.create({
        data: {
          incidentId,
          actorId: user.id,
          action: "incident.imported",
          changes: JSON.stringify({
            importedFrom: { from: null, to: file.origin.reference },
            peopleWithoutAccount: {
              from: null,
              to: unmatched.map((person) => `${person.name} <${person.email}>`),
            },
          }),
        },
      });
      return {
        reference: formatIncidentReference(number),
        counts: {
          events: file.timelineEvents.length,
          sources: file.evidenceSources.length,
          notes: file.notes.length,
          diagrams: file.diagrams.length,
          history: file.history.length,
        },
        unmatched,
      };
    },
    // A large review is many rows; the default 5 s is for a form's save.
    { timeout: 120_000, maxWait: 10_000 },
  );
}

// The file, or a 400 whose message lists what does not fit, path by path.
export function parseTransfer(input: unknown): IncidentTransfer {
  // Another kind of file, or another version: say only that.
  const kind = transferKindSchema.safeParse(input);
  if (!kind.success) {
    const lines = describeTransferIssues(kind.error, 1);
    throw new AppError("invalid_input", lines.join(" "), { fieldErrors: { file: lines } });
  }
  const parsed = incidentTransferSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = describeTransferIssues(parsed.error);
  throw new AppError(
    "invalid_input",
    `This file is not a Debrief incident export it can import: ${lines.join(" ")}`,
    { fieldErrors: { file: lines } },
  );
}

// Keys are unique and every reference points at something in the file.
function checkKeys(file: IncidentTransfer): void {
  const problems: string[] = [];
  const sources = new Set<string>();
  file.evidenceSources.forEach((source, index) => {
    if (sources.has(source.key))
      problems.push(`evidenceSources.${index}.key: "${source.key}" is used twice.`);
    sources.add(source.key);
  });
  const events = new Set<string>();
  file.timelineEvents.forEach((event, index) => {
    if (events.has(event.key))
      problems.push(`timelineEvents.${index}.key: "${event.key}" is used twice.`);
    events.add(event.key);
    if (event.source && !sources.has(event.source))
      problems.push(`timelineEvents.${index}.source: no evidence source "${event.source}".`);
  });
  file.traceSpans.forEach((span, index) => {
    if (!sources.has(span.source))
      problems.push(`traceSpans.${index}.source: no evidence source "${span.source}".`);
  });
  file.notes.forEach((note, index) => {
    if (note.anchorEvent && !events.has(note.anchorEvent))
      problems.push(`notes.${index}.anchorEvent: no timeline event "${note.anchorEvent}".`);
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, 8);
    throw new AppError(
      "invalid_input",
      `This file's parts do not fit together: ${shown.join(" ")}`,
      { fieldErrors: { file: shown } },
    );
  }
}

// The incident's own fields through the same schema as the form, so an import can hold
// nothing a save could not (lengths, a sanitised narrative, a real zone).
function incidentValues(file: IncidentTransfer, people: PeopleMatch, user: SessionUser) {
  const { incident } = file;
  const participants = file.participants.flatMap((participant) => {
    const userId = people.find(participant.person);
    return userId ? [{ userId, role: participant.role }] : [];
  });
  // The importer can open what they imported, restricted or not.
  if (!participants.some((participant) => participant.userId === user.id))
    participants.unshift({ userId: user.id, role: "facilitator" });
  const input: IncidentInput = {
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    visibility: incident.visibility,
    timeZone: "UTC",
    incidentTimeZone: incident.timeZone ?? "",
    startedAt: toDateTimeLocalExact(incident.startedAt),
    detectedAt: toDateTimeLocalExact(incident.detectedAt),
    mitigatedAt: toDateTimeLocalExact(incident.mitigatedAt),
    resolvedAt: toDateTimeLocalExact(incident.resolvedAt),
    services: incident.services,
    tags: incident.tags,
    impact: incident.impact,
    summary: incident.summary,
    narrative: incident.narrative ? JSON.stringify(incident.narrative) : "",
    contributingFactors: incident.contributingFactors,
    luckyNotes: incident.luckyNotes,
    actionItems: file.actionItems.map((item) => {
      const ownerId = item.owner ? people.find(item.owner) : null;
      return {
        title: item.title,
        ownerId,
        dueDate: item.dueDate ?? "",
        status: item.status,
        trackerUrl: item.trackerUrl ?? "",
        importedOwner: item.owner && !ownerId ? item.owner : null,
      };
    }),
    participants,
  };
  const parsed = incidentInputSchema.safeParse(input);
  if (!parsed.success) {
    const lines = describeTransferIssues(parsed.error).map((line) => `incident.${line}`);
    throw new AppError(
      "invalid_input",
      `This file's incident cannot be saved: ${lines.join(" ")}`,
      {
        fieldErrors: { file: lines },
      },
    );
  }
  return parsed.data;
}

// Milestones keep their seconds: "2026-03-14T09:10:30" in UTC.
function toDateTimeLocalExact(iso: string | null): string {
  if (!iso) return "";
  const date = new Date(iso);
  const minute = toDateTimeLocal(date, "UTC");
  return date.getUTCSeconds()
    ? `${minute}:${String(date.getUTCSeconds()).padStart(2, "0")}`
    : minute;
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += CHUNK) yield rows.slice(start, start + CHUNK);
}

// Ids in the shape of Prisma's cuid()s (lower-case letters and digits), made here because
// sources and events are written many at a time and referenced before they exist.
function newId(): string {
  return `c${BigInt(`0x${randomBytes(16).toString("hex")}`)
    .toString(36)
    .padStart(24, "0")
    .slice(0, 24)}`;
}
