// The incident library: the incidents a person may see, filtered and sorted, with facet
// counts. Access is part of every query's where clause, so restricted incidents are
// absent from rows and counts alike.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { visibleIncidentWhere } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { LibraryFilters } from "@/lib/incidents/library-filters";
import { formatIncidentReference } from "@/lib/access/incident-reference";
import type { IncidentStatus, Severity, Visibility } from "@/lib/incidents/schema";

export interface IncidentSummary {
  reference: string;
  title: string;
  severity: Severity;
  status: IncidentStatus;
  visibility: Visibility;
  startedAt: string | null;
  updatedAt: string;
  services: string[];
  tags: string[];
  openActionItems: number;
}

export interface IncidentLibrary {
  incidents: IncidentSummary[];
  total: number;
  visibleTotal: number;
  statusCounts: Record<string, number>;
  severityCounts: Record<string, number>;
  services: { name: string; count: number }[];
  tags: { name: string; count: number }[];
}

const ORDER: Record<LibraryFilters["sort"], Prisma.IncidentOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }],
  started: [{ startedAt: { sort: "desc", nulls: "last" } }, { number: "desc" }],
  severity: [{ severity: "asc" }, { updatedAt: "desc" }],
  reference: [{ number: "desc" }],
};

export async function findIncidentsForUser(
  user: SessionUser,
  filters: LibraryFilters,
): Promise<IncidentLibrary> {
  const visible = visibleIncidentWhere(user);
  const conditions: Prisma.IncidentWhereInput[] = [visible];
  if (filters.status) conditions.push({ status: filters.status });
  if (filters.severity) conditions.push({ severity: filters.severity });
  if (filters.service) conditions.push({ services: { some: { name: filters.service } } });
  if (filters.tag) conditions.push({ tags: { some: { name: filters.tag } } });
  if (filters.q) {
    conditions.push({
      OR: [
        { title: { contains: filters.q } },
        { summary: { contains: filters.q } },
        { impact: { contains: filters.q } },
        { narrative: { contains: filters.q } },
      ],
    });
  }
  const where: Prisma.IncidentWhereInput = { AND: conditions };

  const [rows, total, visibleTotal, byStatus, bySeverity, services, tags] = await Promise.all([
    db.incident.findMany({
      where,
      orderBy: ORDER[filters.sort],
      take: 200,
      select: {
        number: true,
        title: true,
        severity: true,
        status: true,
        visibility: true,
        startedAt: true,
        updatedAt: true,
        services: { select: { name: true }, orderBy: { name: "asc" } },
        tags: { select: { name: true }, orderBy: { name: "asc" } },
        _count: { select: { actionItems: { where: { status: { not: "done" } } } } },
      },
    }),
    db.incident.count({ where }),
    db.incident.count({ where: visible }),
    db.incident.groupBy({ by: ["status"], where: visible, _count: { _all: true } }),
    db.incident.groupBy({ by: ["severity"], where: visible, _count: { _all: true } }),
    db.incidentService.groupBy({
      by: ["name"],
      where: { incident: visible },
      _count: { _all: true },
      orderBy: { name: "asc" },
    }),
    db.incidentTag.groupBy({
      by: ["name"],
      where: { incident: visible },
      _count: { _all: true },
      orderBy: { name: "asc" },
    }),
  ]);

  return {
    incidents: rows.map((row) => ({
      reference: formatIncidentReference(row.number),
      title: row.title,
      severity: row.severity as Severity,
      status: row.status as IncidentStatus,
      visibility: row.visibility as Visibility,
      startedAt: row.startedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      services: row.services.map((service) => service.name),
      tags: row.tags.map((tag) => tag.name),
      openActionItems: row._count.actionItems,
    })),
    total,
    visibleTotal,
    statusCounts: Object.fromEntries(byStatus.map((group) => [group.status, group._count._all])),
    severityCounts: Object.fromEntries(
      bySeverity.map((group) => [group.severity, group._count._all]),
    ),
    services: services.map((group) => ({ name: group.name, count: group._count._all })),
    tags: tags.map((group) => ({ name: group.name, count: group._count._all })),
  };
}
