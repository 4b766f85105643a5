// What the timeline can be filtered by: its services, levels and sources, with counts, and
// the time range and the incident's start, for the filter bar and the jump-to-time field;
// and per source what was assumed while reading it, shown once in the list's legend.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { timelineAnswers } from "@/lib/timeline/timeline-cache";

export interface TimelineFacets {
  services: { name: string; count: number }[];
  levels: { name: string; count: number }[];
  sources: TimelineSourceFacet[];
  first: string | null;
  // When the incident started, if someone set it: "Jump to" proposes it.
  incidentStart: string | null;
  last: string | null;
  deletedCount: number;
  hiddenCount: number;
}

export interface TimelineSourceFacet {
  id: string;
  name: string;
  format: string;
  count: number;
  // The zone the person chose in the preview, if any.
  zone: string | null;
  // What reading the source assumed, in sentences; a zone the person set is not assumed.
  assumptions: string[];
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
  const [services, levels, sources, range, deletedCount, hiddenCount, incident] = await Promise.all(
    [
      db.timelineEvent.groupBy({ by: ["service"], where: live, _count: { _all: true } }),
      db.timelineEvent.groupBy({ by: ["level"], where: live, _count: { _all: true } }),
      db.evidenceSource.findMany({
        where: { incidentId },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          name: true,
          format: true,
          eventCount: true,
          options: true,
          report: true,
        },
      }),
      db.timelineEvent.aggregate({ where: live, _min: { time: true }, _max: { time: true } }),
      db.timelineEvent.count({ where: { incidentId, deletedAt: { not: null } } }),
      db.timelineEvent.count({ where: { ...live, isHidden: true } }),
      db.incident.findUnique({ where: { id: incidentId }, select: { startedAt: true } }),
    ],
  );
  return {
    services: services
      .filter((group) => group.service !== null)
      .map((group) => ({ name: group.service ?? "", count: group._count._all }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    levels: levels
      .filter((group) => group.level !== null)
      .map((group) => ({ name: group.level ?? "", count: group._count._all })),
    sources: sources.map((source) => {
      const zone = readJson<{ zone?: string }>(source.options).zone?.trim() || null;
      const assumptions = readJson<{ assumptions?: string[] }>(source.report).assumptions ?? [];
      return {
        id: source.id,
        name: source.name,
        format: source.format,
        count: source.eventCount,
        zone,
        // Stamps without a zone were read in the zone the person chose: not an assumption.
        assumptions: zone
          ? assumptions.filter((sentence) => !/carry no zone/.test(sentence))
          : assumptions,
      };
    }),
    first: range._min.time?.toISOString() ?? null,
    incidentStart: incident?.startedAt?.toISOString() ?? null,
    last: range._max.time?.toISOString() ?? null,
    deletedCount,
    hiddenCount,
  };
}

function readJson<T extends object>(text: string): Partial<T> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}
