// One timeline event with its raw lines in context (?context=N lines around it).
import { requireUser } from "@/lib/auth/current-user";
import { errorResponse } from "@/lib/errors";
import { getTimelineEvent } from "@/lib/timeline/get-timeline-event";

type Context = { params: Promise<{ reference: string; eventId: string }> };

export async function GET(request: Request, context: Context) {
  try {
    const user = await requireUser();
    const { reference, eventId } = await context.params;
    const around = Math.min(
      200,
      Math.max(0, Number(new URL(request.url).searchParams.get("context") ?? 5) || 0),
    );
    return Response.json(await getTimelineEvent(user, reference, eventId, around));
  } catch (error) {
    return errorResponse(error, {
      route: "GET /api/incidents/[reference]/timeline/events/[eventId]",
    });
  }
}
