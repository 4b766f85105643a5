// Hides noise in bulk: every visible event matching the current filter (or, with
// isHidden false, shows them again). Hidden events stay in the evidence and in exports on
// request; they only leave the default view.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { timelineFilterSchema } from "@/lib/timeline/timeline-filter";
import { timelineWhere } from "@/lib/timeline/timeline-where";
import { publishIncidentChange } from "@/lib/realtime/bus";

export async function hideTimelineEvents(
  user: SessionUser,
  reference: string,
  filterInput: unknown,
  isHidden: boolean,
): Promise<{ count: number }> {
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  const parsed = timelineFilterSchema.safeParse(filterInput);
  if (!parsed.success) throw new AppError("invalid_input", "That filter is not valid.");
  const filter = { ...parsed.data, includeHidden: true, isDeletedView: false };
  const hasFilter = Boolean(
    filter.service || filter.sourceId || filter.level || filter.keyMoment || filter.text?.trim(),
  );
  if (isHidden && !hasFilter) {
    throw new AppError(
      "invalid_input",
      "Filter the timeline first: hiding everything would hide the whole timeline.",
    );
  }
  const result = await db.$transaction(async (transaction) => {
    const { count } = await transaction.timelineEvent.updateMany({
      where: { AND: [timelineWhere(incidentId, filter), { isHidden: !isHidden }] },
      data: { isHidden, version: { increment: 1 } },
    });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "timeline.events_hidden",
      incidentId,
      changes: {
        [isHidden ? "hidden" : "shown again"]: { from: null, to: `${count} events` },
        filter: { from: null, to: parsed.data },
      },
    });
    return { count };
  });
  if (result.count > 0) {
    publishIncidentChange(incidentId, {
      topic: "timeline",
      action: isHidden ? "hidden" : "shown",
      ids: [],
      actorId: user.id,
    });
  }
  return result;
}
