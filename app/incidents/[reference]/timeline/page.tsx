import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventCommentCounts } from "@/components/comments/event-comment-counts";
import { TimelineWorkspace } from "@/components/timeline/timeline-workspace";
import { TimelineSubnav } from "@/components/timeline/timeline-subnav";
import { canWrite } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/roles";
import { getIncidentDisplayZone } from "@/lib/incidents/get-incident-display-zone";
import { findTimelinePosition } from "@/lib/timeline/find-timeline-position";
import { getTimelineEvent } from "@/lib/timeline/get-timeline-event";
import { getTimelineFacets } from "@/lib/timeline/get-timeline-facets";
import { listTimelineEvents } from "@/lib/timeline/list-timeline-events";
import { WINDOW_SIZE } from "@/lib/timeline/event-view";
import "./timeline.css";

export const metadata: Metadata = { title: "Timeline" };

// The first window of events is rendered with the page, so the list shows at once; the
// rest arrives as the person scrolls. The filter choices and the sources (their chips and
// assumptions) come with it too, so rows show where they came from on the first paint.
export default async function IncidentTimelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ reference: string }>;
  searchParams: Promise<{ event?: string | string[] }>;
}) {
  const { reference } = await params;
  const { event } = await searchParams;
  const user = await requirePageUser(`/incidents/${reference}/timeline`);
  const initial = await listTimelineEvents(
    user,
    reference,
    {},
    {
      offset: 0,
      limit: WINDOW_SIZE,
    },
  ).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const [facets, openEvent, displayZone] = await Promise.all([
    getTimelineFacets(user, reference),
    typeof event === "string" ? findOpenEvent(user, reference, event) : null,
    getIncidentDisplayZone(user, reference),
  ]);
  return (
    <div className="stack">
      <TimelineSubnav reference={reference} current="events" />
      <EventCommentCounts reference={reference}>
        <TimelineWorkspace
          reference={reference}
          canEdit={canWrite(user)}
          initial={{ total: initial.total, rows: initial.rows }}
          initialFacets={facets}
          openEvent={openEvent}
          displayZone={displayZone}
        />
      </EventCommentCounts>
    </div>
  );
}

// `?event=<id>` opens the timeline at one event (a meeting's focus, a captured question's
// link): its panel open and the list scrolled to where it sits. An event that is gone
// simply opens the timeline as usual.
async function findOpenEvent(
  user: SessionUser,
  reference: string,
  eventId: string,
): Promise<{ id: string; position: number } | null> {
  try {
    const detail = await getTimelineEvent(user, reference, eventId.slice(0, 100), 0);
    if (detail.isDeleted) return null;
    const position = await findTimelinePosition(user, reference, {}, new Date(detail.time));
    return { id: detail.id, position };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}
