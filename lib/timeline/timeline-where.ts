// Turns a timeline filter into the Prisma where clause, always scoped to one incident whose
// access the caller has already checked.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TimelineFilter } from "@/lib/timeline/timeline-filter";

export function timelineWhere(
  incidentId: string,
  filter: TimelineFilter,
): Prisma.TimelineEventWhereInput {
  const where: Prisma.TimelineEventWhereInput = {
    incidentId,
    deletedAt: filter.isDeletedView ? { not: null } : null,
  };
  if (!filter.includeHidden && !filter.isDeletedView) where.isHidden = false;
  if (filter.service) where.service = filter.service;
  if (filter.sourceId) where.sourceId = filter.sourceId === "manual" ? null : filter.sourceId;
  if (filter.level) where.level = filter.level;
  if (filter.keyMoment === "any") where.keyMoment = { not: null };
  else if (filter.keyMoment) where.keyMoment = filter.keyMoment;
  const text = filter.text?.trim();
  if (text) where.OR = [{ message: { contains: text } }, { service: { contains: text } }];
  return where;
}
