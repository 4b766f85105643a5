// The file format of a complete incident export ("debrief.incident", version 1): what one
// Debrief writes and another reads back as a new incident. People travel by name and
// email (ids mean nothing elsewhere); sources and events by keys local to the file ("s1",
// "e1"), so the history and notes can point at them. Times are ISO instants in UTC. Pure:
// the export and the import (lib/incident-transfer) and the CLI share it.
import {
  ACTION_ITEM_STATUSES,
  PARTICIPANT_ROLES,
  SEVERITIES,
  STATUSES,
  VISIBILITIES,
} from "@/lib/incidents/schema";
import { KEY_MOMENT_KINDS } from "@/lib/evidence/evidence-input";
import { z } from "@/lib/validation/zod";

export const TRANSFER_FORMAT = "debrief.incident";
export const TRANSFER_VERSION = 1;

const instant = z.iso.datetime({
  offset: true,
  message: "Use an ISO time, e.g. 2026-03-14T09:10:00Z.",
});
const optionalInstant = instant.nullable();
const text = (max: number) => z.string().max(max, `At most ${max} characters.`);
const key = z.string().regex(/^[a-z]\d{1,9}$/, 'Use a key like "e12".');
// Stored JSON (options, reports, attributes, notes' sections, diagrams): any JSON object.
const jsonObject = z.record(z.string(), z.unknown());

export const transferPersonSchema = z.object({
  name: text(200).min(1, "Give each person a name."),
  email: text(320),
});
export type TransferPerson = z.infer<typeof transferPersonSchema>;

const incidentSchema = z.object({
  title: text(500),
  severity: z.enum(SEVERITIES),
  status: z.enum(STATUSES),
  visibility: z.enum(VISIBILITIES),
  timeZone: text(100).nullable(),
  startedAt: optionalInstant,
  detectedAt: optionalInstant,
  mitigatedAt: optionalInstant,
  resolvedAt: optionalInstant,
  services: z.array(text(200)).max(50),
  tags: z.array(text(200)).max(50),
  impact: text(100_000),
  summary: text(100_000),
  // A tiptap document (null when there is none); sanitised on import like any save.
  narrative: jsonObject.nullable(),
  contributingFactors: z.array(text(20_000)).max(50),
  luckyNotes: z.array(text(20_000)).max(50),
});

const participantSchema = z.object({
  person: transferPersonSchema,
  role: z.enum(PARTICIPANT_ROLES),
});

const actionItemSchema = z.object({
  title: text(1_000),
  owner: transferPersonSchema.nullable(),
  dueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date, e.g. 2026-04-01.")
    .nullable(),
  status: z.enum(ACTION_ITEM_STATUSES),
  trackerUrl: text(2_000).nullable(),
});

const evidenceSourceSchema = z.object({
  key,
  name: text(500),
  format: text(100),
  options: jsonObject,
  report: jsonObject,
  rawText: z.string(),
  lineCount: z.number().int().nonnegative(),
  eventCount: z.number().int().nonnegative(),
  addedBy: transferPersonSchema,
  createdAt: instant,
});

const traceSpanSchema = z.object({
  source: key,
  traceId: text(200),
  spanId: text(200),
  parentSpanId: text(200).nullable(),
  name: text(2_000),
  service: text(500),
  host: text(500).nullable(),
  kind: text(50),
  start: instant,
  startNs: text(40),
  durationMs: z.number().finite(),
  isError: z.boolean(),
  remoteService: text(500).nullable(),
  line: z.number().int().nonnegative(),
});

const timelineEventSchema = z.object({
  key,
  source: key.nullable(),
  time: instant,
  timeNs: text(40).nullable(),
  originalTimeText: text(500),
  flags: text(1_000),
  service: text(500).nullable(),
  host: text(500).nullable(),
  level: text(50).nullable(),
  message: text(100_000),
  lineStart: z.number().int().nonnegative().nullable(),
  lineEnd: z.number().int().nonnegative().nullable(),
  traceId: text(200).nullable(),
  spanId: text(200).nullable(),
  parentSpanId: text(200).nullable(),
  attributes: text(100_000).nullable(),
  isManual: z.boolean(),
  author: transferPersonSchema.nullable(),
  keyMoment: z.enum(KEY_MOMENT_KINDS).nullable(),
  keyMomentNote: text(5_000),
  isHidden: z.boolean(),
  deletedAt: optionalInstant,
  version: z.number().int().positive(),
  // What the evidence said before anyone edited the event (null: never edited).
  original: z
    .object({
      time: optionalInstant,
      message: text(100_000).nullable(),
      service: text(500).nullable(),
    })
    .nullable(),
  createdAt: instant,
  updatedAt: instant,
});

const noteSchema = z.object({
  author: transferPersonSchema,
  subject: transferPersonSchema,
  kind: z.enum(["own", "interview"]),
  visibility: z.enum(["private", "facilitators", "incident"]),
  calibratedAt: optionalInstant,
  anchorEvent: key.nullable(),
  anchorTime: instant,
  sections: jsonObject,
  learnedLater: z.boolean(),
  version: z.number().int().positive(),
  createdAt: instant,
  updatedAt: instant,
});

const diagramSchema = z.object({
  author: transferPersonSchema,
  kind: z.enum(["personal", "reference"]),
  title: text(500),
  moment: text(1_000),
  momentTime: optionalInstant,
  visibility: z.enum(["private", "facilitators", "incident"]),
  content: jsonObject,
  version: z.number().int().positive(),
  createdAt: instant,
  updatedAt: instant,
});

const historyEntrySchema = z.object({
  action: text(200),
  actor: transferPersonSchema,
  at: instant,
  // { field: { from, to } }; event ids inside are the file's event keys.
  changes: jsonObject,
});

// What kind of file this is, checked first so another file gets one plain answer.
export const transferKindSchema = z.object(
  {
    format: z.literal(
      TRANSFER_FORMAT,
      `This is not a Debrief incident export (format "${TRANSFER_FORMAT}").`,
    ),
    version: z.literal(
      TRANSFER_VERSION,
      `This file is of a format version this Debrief cannot read (it reads version ${TRANSFER_VERSION}).`,
    ),
  },
  "This is not a Debrief incident export (a JSON object).",
);

export const incidentTransferSchema = transferKindSchema.extend({
  exportedAt: instant,
  // Where it came from, for people: not used to match anything.
  origin: z.object({ reference: text(40), exportedBy: transferPersonSchema }),
  incident: incidentSchema,
  participants: z.array(participantSchema).max(500),
  actionItems: z.array(actionItemSchema).max(100),
  evidenceSources: z.array(evidenceSourceSchema).max(10_000),
  traceSpans: z.array(traceSpanSchema),
  timelineEvents: z.array(timelineEventSchema),
  notes: z.array(noteSchema),
  diagrams: z.array(diagramSchema),
  history: z.array(historyEntrySchema),
});

export type IncidentTransfer = z.infer<typeof incidentTransferSchema>;
export type TransferEvent = IncidentTransfer["timelineEvents"][number];

// Readable lines for a file that does not fit: "timelineEvents.3.time: Use an ISO time…".
// At most `limit` lines, and how many more there were.
export function describeTransferIssues(error: z.ZodError, limit = 8): string[] {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.map(String).join(".");
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - limit;
  if (more > 0) lines.push(`…and ${more} more problem${more === 1 ? "" : "s"}.`);
  return lines;
}
