// The rows of a timeline export: what the default view shows (not hidden, not deleted),
// in time order, with sources and authors named. Read in keyset pages (time, id), so an
// export of a million events never holds more than one page of rows.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { KEY_MOMENT_LABELS, type KeyMomentKind } from "@/lib/evidence/evidence-input";
import type { ExportRow } from "@/lib/timeline/format-timeline-export";

export const EXPORT_PAGE_SIZE = 500;

/** Where the previous page ended: its last event's time and id. */
export interface ExportCursor {
  time: Date;
  id: string;
}

const exportSelect = {
  id: true,
  time: true,
  service: true,
  level: true,
  message: true,
  keyMoment: true,
  keyMomentNote: true,
  isManual: true,
  source: { select: { name: true } },
  author: { select: { name: true } },
} as const;

type ExportEvent = {
  id: string;
  time: Date;
  service: string | null;
  level: string | null;
  message: string;
  keyMoment: string | null;
  keyMomentNote: string;
  isManual: boolean;
  source: { name: string } | null;
  author: { name: string } | null;
};

/** One page of rows after `cursor` (from the start without one), and the next cursor. */
export async function listExportPage(
  incidentId: string,
  cursor: ExportCursor | undefined,
  options: { onlyKeyMoments?: boolean; limit?: number } = {},
): Promise<{ rows: ExportRow[]; next: ExportCursor | undefined }> {
  const limit = options.limit ?? EXPORT_PAGE_SIZE;
  const events: ExportEvent[] = await db.timelineEvent.findMany({
    where: {
      incidentId,
      deletedAt: null,
      isHidden: false,
      ...(options.onlyKeyMoments ? { keyMoment: { not: null } } : {}),
      // The lower bound on time alone lets SQLite seek in the (…, time, id) index; the OR
      // by itself made every page scan from the incident's first event (quadratic).
      ...(cursor
        ? {
            time: { gte: cursor.time },
            OR: [{ time: { gt: cursor.time } }, { id: { gt: cursor.id } }],
          }
        : {}),
    },
    orderBy: [{ time: "asc" }, { id: "asc" }],
    take: limit,
    select: exportSelect,
  });
  const last = events[events.length - 1];
  return {
    rows: events.map(toExportRow),
    next: last && events.length === limit ? { time: last.time, id: last.id } : undefined,
  };
}

/** Every row at once: for small callers and tests; the export route streams pages. */
export async function listExportRows(
  user: SessionUser,
  reference: string,
): Promise<{ title: string; rows: ExportRow[] }> {
  const incidentId = await findVisibleIncidentId(user, reference);
  const incident = await db.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: { title: true },
  });
  const rows: ExportRow[] = [];
  let cursor: ExportCursor | undefined;
  do {
    const page = await listExportPage(incidentId, cursor);
    for (const row of page.rows) rows.push(row);
    cursor = page.next;
  } while (cursor);
  return { title: incident.title, rows };
}

function toExportRow(event: ExportEvent): ExportRow {
  return {
    time: event.time.toISOString(),
    service: event.service ?? "",
    level: event.level ?? "",
    source: event.source?.name ?? (event.isManual ? "manual" : ""),
    message: event.message,
    keyMoment: event.keyMoment
      ? (KEY_MOMENT_LABELS[event.keyMoment as KeyMomentKind] ?? event.keyMoment)
      : "",
    keyMomentNote: event.keyMomentNote,
    isManual: event.isManual,
    author: event.author?.name ?? "",
  };
}
