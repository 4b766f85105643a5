// The timeline list, one window at a time (?offset=&limit= plus the filter), or the
// position of an instant in it (?at=ISO) for "jump to a time".
import { routeHandler } from "@/lib/http/route-handler";
import { findTimelinePosition } from "@/lib/timeline/find-timeline-position";
import { listTimelineEvents } from "@/lib/timeline/list-timeline-events";
import { parseTimelineQuery } from "@/lib/timeline/timeline-query";

export const GET = routeHandler<{ reference: string }>(
  "GET /api/incidents/[reference]/timeline",
  async ({ request, user, params }) => {
    const query = parseTimelineQuery(new URL(request.url).searchParams);
    if (query.at) {
      return Response.json({
        position: await findTimelinePosition(user, params.reference, query.filter, query.at),
      });
    }
    return Response.json(
      await listTimelineEvents(user, params.reference, query.filter, {
        offset: query.offset,
        limit: query.limit,
      }),
    );
  },
);
