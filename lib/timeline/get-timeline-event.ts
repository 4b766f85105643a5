// One event with everything the side panel shows: its raw lines in context, attributes,
// originals beside edits, who added it.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { toTimelineRow, type TimelineEventDetail } from "@/lib/timeline/event-view";
import { rawContext } from "@/lib/timeline/raw-context";

export async function getTimelineEvent(
  user: SessionUser,
  reference: string,
  eventId: string,
  contextLines = 5,
): Promise<TimelineEventDetail> {
  const incidentId = await findVisibleIncidentId(user, reference);
  const event = await db.timelineEvent.findFirst({
    where: { id: eventId, incidentId },
    include: {
      author: { select: { name: true } },
      source: { select: { name: true, rawText: true } },
    },
  });
  if (!event) throw notFound("That event");
  return {
    ...toTimelineRow(event, true),
    host: event.host,
    timeNs: event.timeNs,
    originalTimeText: event.originalTimeText,
    originalTime: event.originalTime?.toISOString() ?? null,
    originalMessage: event.originalMessage,
    originalService: event.originalService,
    authorName: event.author?.name ?? null,
    sourceName: event.source?.name ?? null,
    lineStart: event.lineStart,
    lineEnd: event.lineEnd,
    spanId: event.spanId,
    parentSpanId: event.parentSpanId,
    attributes: parseAttributes(event.attributes),
    context:
      event.source && event.lineStart !== null && event.lineEnd !== null
        ? rawContext(event.source.rawText, event.lineStart, event.lineEnd, contextLines)
        : [],
  };
}

function parseAttributes(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
