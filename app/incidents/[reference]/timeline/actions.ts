"use server";

// Server actions for timeline edits. Only actions live here: "use server" makes every
// export callable from the browser, so the logic stays in lib/timeline/.
import { authenticatedAction } from "@/lib/actions/authenticated-action";
import { createManualEvent } from "@/lib/timeline/create-manual-event";
import { hideTimelineEvents } from "@/lib/timeline/hide-timeline-events";
import { setTimelineEventDeleted } from "@/lib/timeline/set-event-deleted";
import { updateTimelineEvent } from "@/lib/timeline/update-timeline-event";

export async function updateTimelineEventAction(reference: string, input: unknown) {
  return authenticatedAction("updateTimelineEvent", (user) =>
    updateTimelineEvent(user, String(reference), input),
  );
}

export async function createManualEventAction(reference: string, input: unknown) {
  return authenticatedAction("createManualEvent", (user) =>
    createManualEvent(user, String(reference), input),
  );
}

export async function hideTimelineEventsAction(
  reference: string,
  filter: unknown,
  isHidden: boolean,
) {
  return authenticatedAction("hideTimelineEvents", async (user) => ({
    status: "done" as const,
    ...(await hideTimelineEvents(user, String(reference), filter, Boolean(isHidden))),
  }));
}

export async function deleteTimelineEventAction(reference: string, eventId: string) {
  return authenticatedAction("deleteTimelineEvent", async (user) => {
    await setTimelineEventDeleted(user, String(reference), String(eventId), true);
    return { status: "done" as const };
  });
}

export async function restoreTimelineEventAction(reference: string, eventId: string) {
  return authenticatedAction("restoreTimelineEvent", async (user) => {
    await setTimelineEventDeleted(user, String(reference), String(eventId), false);
    return { status: "done" as const };
  });
}
