// Every action item the viewer may see, across incidents, filtered as the URL says. The
// viewer's access is part of the query (restricted incidents they are not on never reach
// a row, a count or an export). Open work comes first, soonest due first.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { formatIncidentReference, parseIncidentReference } from "@/lib/access/incident-reference";
import { visibleIncidentWhere } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import {
  isActionItemOverdue,
  type ActionItemFilters,
} from "@/lib/action-items/action-item-filters";
import type { ActionItemStatus } from "@/lib/incidents/schema";
import { safeExternalUrl } from "@/lib/safe-external-url";
import { fromDateInput, toDateInput } from "@/lib/time/zone";

export const ACTION_ITEMS_MAX_ROWS = 2_000;

export interface ActionItemRow {
  id: string;
  title: string;
  status: ActionItemStatus;
  /** YYYY-MM-DD, or "" without a due date. */
  dueDate: string;
  isOverdue: boolean;
  owner: { id: string; name: string } | null;
  /** The tracker link as stored, and the same link only when it is safe to follow. */
  trackerText: string;
  trackerHref: string | null;
  incident: { reference: string; title: string; services: string[] };
}

export interface ActionItemList {
  rows: ActionItemRow[];
  /** More matched than ACTION_ITEMS_MAX_ROWS; the rest are left out. */
  isTruncated: boolean;
}

function filterWhere(
  user: SessionUser,
  filters: ActionItemFilters,
  today: string,
): Prisma.ActionItemWhereInput[] {
  const where: Prisma.ActionItemWhereInput[] = [{ incident: visibleIncidentWhere(user) }];
  if (filters.owner === "mine") where.push({ ownerId: user.id });
  else if (filters.owner === "none") where.push({ ownerId: null });
  else if (filters.owner) where.push({ ownerId: filters.owner });
  if (filters.status === "not_done") where.push({ status: { in: ["open", "in_progress"] } });
  else if (filters.status) where.push({ status: filters.status });
  if (filters.isOverdue) {
    where.push({ dueDate: { lt: fromDateInput(today) ?? new Date() }, status: { not: "done" } });
  }
  const after = filters.dueAfter ? fromDateInput(filters.dueAfter) : null;
  if (after) where.push({ dueDate: { gte: after } });
  const before = filters.dueBefore ? fromDateInput(filters.dueBefore) : null;
  if (before) where.push({ dueDate: { lte: before } });
  if (filters.incident) {
    where.push({ incident: { number: parseIncidentReference(filters.incident) ?? -1 } });
  }
  if (filters.service) where.push({ incident: { services: { some: { name: filters.service } } } });
  return where;
}

export async function listActionItems(
  user: SessionUser,
  filters: ActionItemFilters,
  today: string,
  limit = ACTION_ITEMS_MAX_ROWS,
): Promise<ActionItemList> {
  const items = await db.actionItem.findMany({
    where: { AND: filterWhere(user, filters, today) },
    select: {
      id: true,
      title: true,
      status: true,
      dueDate: true,
      position: true,
      trackerUrl: true,
      owner: { select: { id: true, name: true } },
      incident: {
        select: {
          number: true,
          title: true,
          services: { select: { name: true }, orderBy: { name: "asc" } },
        },
      },
    },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { incident: { number: "desc" } }],
    take: limit + 1,
  });
  const rows = items.slice(0, limit).map((item): ActionItemRow => {
    const dueDate = toDateInput(item.dueDate);
    return {
      id: item.id,
      title: item.title,
      status: item.status as ActionItemStatus,
      dueDate,
      isOverdue: isActionItemOverdue(dueDate, item.status, today),
      owner: item.owner,
      trackerText: item.trackerUrl ?? "",
      trackerHref: safeExternalUrl(item.trackerUrl),
      incident: {
        reference: formatIncidentReference(item.incident.number),
        title: item.incident.title,
        services: item.incident.services.map((service) => service.name),
      },
    };
  });
  // Done work sinks to the bottom; the order within each part (soonest due) is kept.
  const isDone = (row: ActionItemRow) => (row.status === "done" ? 1 : 0);
  rows.sort((a, b) => isDone(a) - isDone(b));
  return { rows, isTruncated: items.length > limit };
}
