// Soft delete: the event leaves the timeline but stays restorable from the bin.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function deleteTimelineEvent(
  user: SessionUser,
  reference: string,
  eventId: string,
): Promise<void> {
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  await db.$transaction(async (transaction) => {
    const { count } = await transaction.timelineEvent.updateMany({
      where: { id: eventId, incidentId, deletedAt: null },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (count !== 1) throw notFound("That event");
    const event = await transaction.timelineEvent.findUniqueOrThrow({
      where: { id: eventId },
      select: { message: true },
    });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "timeline.event_deleted",
      incidentId,
      changes: {
        event: { from: eventId, to: null },
        message: { from: event.message.slice(0, 200), to: null },
      },
    });
  });
}
