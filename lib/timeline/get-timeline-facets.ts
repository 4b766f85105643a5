// What the timeline can be filtered by: its services, levels and sources, with counts, and
// the time range, for the filter bar and the jump-to-time field.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { timelineAnswers } from "@/lib/timeline/timeline-cache";

export interface TimelineFacets {
  services: { name: string; count: number }[];
  levels: { name: string; count: number }[];
  sources: { id: string; name: string; format: string; count: number }[];
  first: string | null;
  last: string | null;
  deletedCount: number;
  hiddenCount: number;
}

export async function getTimelineFacets(
  user: SessionUser,
  reference: string,
): Promise<TimelineFacets> {
  const incidentId = await findVisibleIncidentId(user, reference);
  // Counted once per change of the database (see timeline-cache.ts).
  return (await timelineAnswers(incidentId)).get("facets", () => countFacets(incidentId));
}

async function countFacets(incidentId: string): Promise<TimelineFacets> {
  const live = { incidentId, deletedAt: null };
  const [services, levels, sources, range, deletedCount, hiddenCount] = await Promise.all([
    db.timelineEvent.groupBy({ by: ["service"], where: live, _count: { _all: true } }),
    db.timelineEvent.groupBy({ by: ["level"], where: live, _count: { _all: true } }),
    db.evidenceSource.findMany({
      where: { incidentId },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, format: true, eventCount: true },
    }),
    db.timelineEvent.aggregate({ where: live, _min: { time: true }, _max: { time: true } }),
    db.timelineEvent.count({ where: { incidentId, deletedAt: { not: null } } }),
    db.timelineEvent.count({ where: { ...live, isHidden: true } }),
  ]);
  return {
    services: services
      .filter((group) => group.service !== null)
      .map((group) => ({ name: group.service ?? "", count: group._count._all }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    levels: levels
      .filter((group) => group.level !== null)
      .map((group) => ({ name: group.level ?? "", count: group._count._all })),
    sources: sources.map((source) => ({
      id: source.id,
      name: source.name,
      format: source.format,
      count: source.eventCount,
    })),
    first: range._min.time?.toISOString() ?? null,
    last: range._max.time?.toISOString() ?? null,
    deletedCount,
    hiddenCount,
  };
}
