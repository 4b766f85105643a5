// Brings a soft-deleted event back to the timeline.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function restoreTimelineEvent(
  user: SessionUser,
  reference: string,
  eventId: string,
): Promise<void> {
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  await db.$transaction(async (transaction) => {
    const { count } = await transaction.timelineEvent.updateMany({
      where: { id: eventId, incidentId, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (count !== 1) throw notFound("That deleted event");
    const event = await transaction.timelineEvent.findUniqueOrThrow({
      where: { id: eventId },
      select: { message: true },
    });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "timeline.event_restored",
      incidentId,
      changes: {
        event: { from: null, to: eventId },
        message: { from: null, to: event.message.slice(0, 200) },
      },
    });
  });
}
