// One window of the filtered timeline, in time order, plus the filtered total: the list
// asks for the windows the person scrolls to, so 100,000 events never travel at once.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { TIMELINE_WINDOW_MAX_ROWS } from "@/lib/input-limits";
import { rowSelect, toTimelineRow, type TimelineRow } from "@/lib/timeline/event-view";
import { timelineAnswers } from "@/lib/timeline/timeline-cache";
import type { TimelineFilter } from "@/lib/timeline/timeline-filter";
import { timelineWhere } from "@/lib/timeline/timeline-where";

export const MAX_WINDOW = TIMELINE_WINDOW_MAX_ROWS;

export async function listTimelineEvents(
  user: SessionUser,
  reference: string,
  filter: TimelineFilter,
  window: { offset: number; limit: number },
): Promise<{ total: number; offset: number; rows: TimelineRow[] }> {
  const incidentId = await findVisibleIncidentId(user, reference);
  const where = timelineWhere(incidentId, filter);
  const offset = Math.max(0, Math.floor(window.offset));
  const limit = Math.min(MAX_WINDOW, Math.max(1, Math.floor(window.limit)));
  // Many people scrolling the same incident ask the same questions: answered once per
  // change of the database (see timeline-cache.ts).
  const answers = await timelineAnswers(incidentId);
  const filterKey = JSON.stringify(filter);
  const [total, rows] = await Promise.all([
    answers.get(`total ${filterKey}`, () => db.timelineEvent.count({ where })),
    answers.get(`window ${offset} ${limit} ${filterKey}`, async () => {
      const records = await db.timelineEvent.findMany({
        where,
        orderBy: [{ time: "asc" }, { id: "asc" }],
        skip: offset,
        take: limit,
        select: rowSelect,
      });
      return records.map((record) => toTimelineRow(record));
    }),
  ]);
  return { total, offset, rows };
}
