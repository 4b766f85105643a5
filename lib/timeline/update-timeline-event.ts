// Saves changes to one event only if nobody changed it since the version the editor
// opened; otherwise nothing is written and the editor gets the newer values to compare.
// The first edit of a parsed field keeps the parsed value beside it (original*).
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { diffValues } from "@/lib/audit/diff-values";
import { saveVersioned } from "@/lib/audit/save-versioned";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import {
  updateEventSchema,
  type EventValues,
  type SaveEventResult,
} from "@/lib/timeline/event-edit-input";
import { currentEventValues } from "@/lib/timeline/current-event-values";
import { invalidFields } from "@/lib/validation/field-errors";
import { publishIncidentChange } from "@/lib/realtime/bus";

export async function updateTimelineEvent(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<SaveEventResult> {
  // Access first: someone who may not see the incident learns nothing about their input.
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  const parsed = updateEventSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error, { within: "values" });
  const { eventId, baseVersion, values } = parsed.data;

  const result = await db.$transaction(async (transaction) => {
    const current = await transaction.timelineEvent.findFirst({
      where: { id: eventId, incidentId },
    });
    if (!current) throw notFound("That event");
    const before = currentEventValues(current);
    const after: EventValues = { ...values, time: new Date(values.time).toISOString() };
    return saveVersioned<SaveEventResult>(transaction, {
      currentVersion: current.version,
      baseVersion,
      lastChangeWhere: {
        incidentId,
        action: { startsWith: "timeline.event" },
        changes: { contains: eventId },
      },
      conflict: (lastChange) => ({
        status: "conflict",
        message:
          "Someone changed this event after you opened it. Nothing was overwritten: compare and choose.",
        theirs: before,
        version: current.version,
        updatedBy: lastChange?.actorName ?? "someone",
      }),
      changes: () => diffValues(before, after),
      // One statement claims the version and writes the values.
      claim: () => {
        const changes = diffValues(before, after);
        return transaction.timelineEvent.updateMany({
          where: { id: eventId, version: baseVersion },
          data: {
            version: { increment: 1 },
            time: new Date(after.time),
            message: after.message,
            service: after.service || null,
            keyMoment: after.keyMoment,
            keyMomentNote: after.keyMoment ? after.keyMomentNote : "",
            // Keep what the evidence said the first time a parsed field is changed.
            ...(!current.isManual && current.originalTime === null && changes.time
              ? { originalTime: current.time }
              : {}),
            ...(!current.isManual && current.originalMessage === null && changes.message
              ? { originalMessage: current.message }
              : {}),
            ...(!current.isManual && current.originalService === null && changes.service
              ? { originalService: current.service ?? "" }
              : {}),
          },
        });
      },
      audit: {
        actorId: user.id,
        action: "timeline.event_updated",
        incidentId,
        extra: { event: { from: null, to: eventId } },
      },
      saved: (version) => ({ status: "saved", eventId, version }),
    });
  });
  if (result.status === "saved") {
    publishIncidentChange(incidentId, {
      topic: "timeline",
      action: "edited",
      ids: [eventId],
      actorId: user.id,
    });
  }
  return result;
}
