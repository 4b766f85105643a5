// The trends page's figures for one person: every query carries visibleIncidentWhere, so
// restricted incidents they may not see are absent from every count, percentile and
// service total. Returns the computed trends and the service counts, never rows.
import "server-only";
import { DateTime } from "luxon";
import type { Prisma } from "@/generated/prisma/client";
import { visibleIncidentWhere } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { TrendRange } from "@/lib/insights/insight-filters";
import type { ServiceCount } from "@/lib/insights/trend-tables";
import {
  computeTrends,
  incidentMonth,
  monthOf,
  monthsBetween,
  type TrendIncident,
  type Trends,
} from "@/lib/insights/trends";

export interface TrendsView {
  trends: Trends;
  services: ServiceCount[];
  /** Incidents the person may see in the whole workspace, whatever the range. */
  visibleTotal: number;
  /** "All time" reaches 20 years back at most: incidents before that are left out. */
  hasOlderIncidents: boolean;
}

const TOP_SERVICES = 10;

export async function getTrends(
  user: SessionUser,
  range: TrendRange,
  zone: string,
  now = new Date(),
): Promise<TrendsView> {
  const visible = visibleIncidentWhere(user);
  const lastMonth = monthOf(now, zone);
  // A month early in UTC, so the zone's first day of the first month is inside; the
  // month buckets then drop what falls before it.
  const since =
    range === "all"
      ? null
      : DateTime.fromFormat(lastMonth, "yyyy-MM", { zone })
          .minus({ months: Number(range) })
          .toJSDate();
  const where: Prisma.IncidentWhereInput = since
    ? {
        AND: [
          visible,
          { OR: [{ startedAt: { gte: since } }, { startedAt: null, createdAt: { gte: since } }] },
        ],
      }
    : visible;

  const [rows, actionGroups, serviceGroups, visibleTotal] = await Promise.all([
    db.incident.findMany({
      where,
      select: {
        id: true,
        severity: true,
        startedAt: true,
        createdAt: true,
        detectedAt: true,
        mitigatedAt: true,
        resolvedAt: true,
      },
    }),
    db.actionItem.groupBy({
      by: ["incidentId", "status"],
      where: { incident: where },
      _count: { _all: true },
    }),
    db.incidentService.groupBy({
      by: ["name"],
      where: { incident: where },
      _count: { name: true },
      orderBy: [{ _count: { name: "desc" } }, { name: "asc" }],
      take: TOP_SERVICES,
    }),
    db.incident.count({ where: visible }),
  ]);

  const items = new Map<string, { total: number; done: number }>();
  for (const group of actionGroups) {
    const entry = items.get(group.incidentId) ?? { total: 0, done: 0 };
    entry.total += group._count._all;
    if (group.status === "done") entry.done += group._count._all;
    items.set(group.incidentId, entry);
  }
  const incidents: TrendIncident[] = rows.map((row) => ({
    severity: row.severity,
    startedAt: row.startedAt,
    createdAt: row.createdAt,
    detectedAt: row.detectedAt,
    mitigatedAt: row.mitigatedAt,
    resolvedAt: row.resolvedAt,
    actionItems: items.get(row.id)?.total ?? 0,
    actionItemsDone: items.get(row.id)?.done ?? 0,
  }));

  const monthsBack = (count: number) =>
    DateTime.fromFormat(lastMonth, "yyyy-MM", { zone: "UTC" })
      .minus({ months: count - 1 })
      .toFormat("yyyy-MM");
  // "All time" starts at the earliest incident, at most 20 years back.
  const earliest = incidents.map((incident) => incidentMonth(incident, zone)).sort()[0];
  const firstMonth =
    range === "all"
      ? ([earliest ?? lastMonth, monthsBack(240)].sort().at(-1) ?? lastMonth)
      : monthsBack(Number(range));
  const months = monthsBetween(firstMonth, lastMonth);

  return {
    trends: computeTrends(incidents, months, zone),
    services: serviceGroups.map((group) => ({ name: group.name, incidents: group._count.name })),
    visibleTotal,
    hasOlderIncidents: range === "all" && earliest !== undefined && earliest < firstMonth,
  };
}
