// The shapes of timeline events as the browser sees them: small rows for the list, and a
// fuller detail for the side panel. Never whole database rows.
import type { KeyMomentKind } from "@/lib/evidence/evidence-input";

export interface TimelineRow {
  id: string;
  time: string;
  flags: string[];
  service: string | null;
  level: string | null;
  message: string;
  sourceId: string | null;
  keyMoment: KeyMomentKind | null;
  keyMomentNote: string;
  isHidden: boolean;
  isManual: boolean;
  isEdited: boolean;
  isDeleted: boolean;
  traceId: string | null;
  version: number;
}

export interface TimelineEventDetail extends TimelineRow {
  host: string | null;
  timeNs: string | null;
  originalTimeText: string;
  originalTime: string | null;
  originalMessage: string | null;
  originalService: string | null;
  authorName: string | null;
  sourceName: string | null;
  lineStart: number | null;
  lineEnd: number | null;
  spanId: string | null;
  parentSpanId: string | null;
  attributes: Record<string, unknown> | null;
  // The raw lines around the event, with its own lines marked.
  context: { line: number; text: string; isEvent: boolean }[];
}

// The list shows a message's first 400 characters; the panel shows all of it.
export const ROW_MESSAGE_LENGTH = 400;

export const rowSelect = {
  id: true,
  time: true,
  flags: true,
  service: true,
  level: true,
  message: true,
  sourceId: true,
  keyMoment: true,
  keyMomentNote: true,
  isHidden: true,
  isManual: true,
  originalTime: true,
  originalMessage: true,
  originalService: true,
  deletedAt: true,
  traceId: true,
  version: true,
} as const;

export interface RowRecord {
  id: string;
  time: Date;
  flags: string;
  service: string | null;
  level: string | null;
  message: string;
  sourceId: string | null;
  keyMoment: string | null;
  keyMomentNote: string;
  isHidden: boolean;
  isManual: boolean;
  originalTime: Date | null;
  originalMessage: string | null;
  originalService: string | null;
  deletedAt: Date | null;
  traceId: string | null;
  version: number;
}

export function toTimelineRow(record: RowRecord, isFullMessage = false): TimelineRow {
  return {
    id: record.id,
    time: record.time.toISOString(),
    flags: record.flags ? record.flags.split(",") : [],
    service: record.service,
    level: record.level,
    message: isFullMessage ? record.message : record.message.slice(0, ROW_MESSAGE_LENGTH),
    sourceId: record.sourceId,
    keyMoment: record.keyMoment as KeyMomentKind | null,
    keyMomentNote: record.keyMomentNote,
    isHidden: record.isHidden,
    isManual: record.isManual,
    isEdited:
      record.originalTime !== null ||
      record.originalMessage !== null ||
      record.originalService !== null,
    isDeleted: record.deletedAt !== null,
    traceId: record.traceId,
    version: record.version,
  };
}

// Rows travel to the browser in windows of this size.
export const WINDOW_SIZE = 200;
