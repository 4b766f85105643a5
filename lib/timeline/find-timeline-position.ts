// "Jump to a time": the position in the filtered timeline of the first event at or after
// an instant, so the list can scroll there without loading what lies before it.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { timelineAnswers } from "@/lib/timeline/timeline-cache";
import type { TimelineFilter } from "@/lib/timeline/timeline-filter";
import { timelineWhere } from "@/lib/timeline/timeline-where";

export async function findTimelinePosition(
  user: SessionUser,
  reference: string,
  filter: TimelineFilter,
  instant: Date,
): Promise<number> {
  const incidentId = await findVisibleIncidentId(user, reference);
  const answers = await timelineAnswers(incidentId);
  return answers.get(`position ${instant.toISOString()} ${JSON.stringify(filter)}`, () =>
    db.timelineEvent.count({
      where: { AND: [timelineWhere(incidentId, filter), { time: { lt: instant } }] },
    }),
  );
}
