// A person adds an event the evidence does not show ("Bob flipped the flag back"): it is
// marked manual and records its author.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createManualEventSchema, type SaveEventResult } from "@/lib/timeline/event-edit-input";
import { invalidFields } from "@/lib/validation/field-errors";
import { publishIncidentChange } from "@/lib/realtime/bus";

export async function createManualEvent(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<SaveEventResult> {
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  const parsed = createManualEventSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error, { within: "values" });
  const { values } = parsed.data;
  const result = await db.$transaction(async (transaction) => {
    const event = await transaction.timelineEvent.create({
      data: {
        incidentId,
        time: new Date(values.time),
        originalTimeText: "",
        message: values.message,
        service: values.service || null,
        level: values.level || null,
        keyMoment: values.keyMoment,
        keyMomentNote: values.keyMoment ? values.keyMomentNote : "",
        isManual: true,
        authorId: user.id,
      },
      select: { id: true, version: true },
    });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "timeline.event_created",
      incidentId,
      changes: {
        event: { from: null, to: event.id },
        time: { from: null, to: new Date(values.time).toISOString() },
        message: { from: null, to: values.message },
      },
    });
    return { status: "saved", eventId: event.id, version: event.version } as const;
  });
  publishIncidentChange(incidentId, {
    topic: "timeline",
    action: "added",
    ids: [result.eventId],
    actorId: user.id,
  });
  return result;
}
