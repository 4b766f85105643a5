// One timeline event with its raw lines in context (?context=N lines around it).
import { routeHandler } from "@/lib/http/route-handler";
import { getTimelineEvent } from "@/lib/timeline/get-timeline-event";

export const GET = routeHandler<{ reference: string; eventId: string }>(
  "GET /api/incidents/[reference]/timeline/events/[eventId]",
  async ({ request, user, params }) => {
    const around = Math.min(
      200,
      Math.max(0, Number(new URL(request.url).searchParams.get("context") ?? 5) || 0),
    );
    return Response.json(await getTimelineEvent(user, params.reference, params.eventId, around));
  },
);
