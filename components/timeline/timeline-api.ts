// Typed calls to the timeline routes, for the client components: a window of the list,
// the filter choices, the position of an instant, and one event with its raw lines.
import { asServerType, requestJson, type ApiResult } from "@/lib/client/request-json";
import type { TimelineEventDetail, TimelineRow } from "@/lib/timeline/event-view";
import type { Lane } from "@/lib/mental-models/notes/note-lanes";
import type { TimelineFacets } from "@/lib/timeline/get-timeline-facets";
import { filterToSearchParams, type TimelineFilter } from "@/lib/timeline/timeline-filter";
import { z } from "@/lib/validation/zod";

export interface TimelineWindow {
  total: number;
  rows: TimelineRow[];
}

function timelineUrl(reference: string, path = "", params?: URLSearchParams): string {
  const query = params ? `?${params.toString()}` : "";
  return `/api/incidents/${encodeURIComponent(reference)}/timeline${path}${query}`;
}

export function fetchTimelineWindow(
  reference: string,
  filter: TimelineFilter,
  window: { offset: number; limit: number },
  signal?: AbortSignal,
): Promise<ApiResult<TimelineWindow>> {
  const params = filterToSearchParams(filter);
  params.set("offset", String(window.offset));
  params.set("limit", String(window.limit));
  return requestJson(timelineUrl(reference, "", params), {
    read: asServerType<TimelineWindow>(),
    failure: "The timeline could not be loaded.",
    unreachable: "The timeline could not be loaded; check the connection and try again.",
    signal,
  });
}

export function fetchTimelineFacets(reference: string): Promise<ApiResult<TimelineFacets>> {
  return requestJson(timelineUrl(reference, "/facets"), {
    read: asServerType<TimelineFacets>(),
    failure: "The filter choices could not be loaded.",
  });
}

const positionSchema = z.object({ position: z.number().int().min(0) });

/** Where the first event at or after `at` stands in the filtered list. */
export function findTimelinePosition(
  reference: string,
  filter: TimelineFilter,
  at: Date,
): Promise<ApiResult<number>> {
  const params = filterToSearchParams(filter);
  params.set("at", at.toISOString());
  return requestJson(timelineUrl(reference, "", params), {
    read: (body) => positionSchema.parse(body).position,
    failure: "That time could not be found.",
  });
}

export function fetchTimelineEvent(
  reference: string,
  eventId: string,
  contextLines: number,
): Promise<ApiResult<TimelineEventDetail>> {
  const params = new URLSearchParams({ context: String(contextLines) });
  return requestJson(timelineUrl(reference, `/events/${encodeURIComponent(eventId)}`, params), {
    read: asServerType<TimelineEventDetail>(),
    failure: "The event could not be loaded.",
  });
}

/** The participants' notes the viewer may see, one lane per person, for the timeline. */
export function fetchParticipantLanes(reference: string): Promise<ApiResult<Lane[]>> {
  return requestJson(`/api/incidents/${encodeURIComponent(reference)}/notes?view=lanes`, {
    read: (body) => asServerType<{ lanes: Lane[] }>()(body).lanes,
    failure: "The participants' notes could not be loaded.",
    unreachable: "The participants' notes could not be loaded; check the connection and try again.",
  });
}
