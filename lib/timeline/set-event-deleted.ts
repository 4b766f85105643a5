// Soft delete and restore: a deleted event leaves the timeline but stays in the bin, from
// where it comes back as it was. One function for both directions, so they cannot drift.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { publishIncidentChange } from "@/lib/realtime/bus";

export async function setTimelineEventDeleted(
  user: SessionUser,
  reference: string,
  eventId: string,
  isDeleted: boolean,
): Promise<void> {
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  await db.$transaction(async (transaction) => {
    const { count } = await transaction.timelineEvent.updateMany({
      where: { id: eventId, incidentId, deletedAt: isDeleted ? null : { not: null } },
      data: { deletedAt: isDeleted ? new Date() : null, version: { increment: 1 } },
    });
    if (count !== 1) throw notFound(isDeleted ? "That event" : "That deleted event");
    const event = await transaction.timelineEvent.findUniqueOrThrow({
      where: { id: eventId },
      select: { message: true },
    });
    const message = event.message.slice(0, 200);
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: isDeleted ? "timeline.event_deleted" : "timeline.event_restored",
      incidentId,
      changes: isDeleted
        ? { event: { from: eventId, to: null }, message: { from: message, to: null } }
        : { event: { from: null, to: eventId }, message: { from: null, to: message } },
    });
  });
  publishIncidentChange(incidentId, {
    topic: "timeline",
    action: isDeleted ? "deleted" : "restored",
    ids: [eventId],
    actorId: user.id,
  });
}
