// The timeline list, one window at a time (?offset=&limit= plus the filter), or the
// position of an instant in it (?at=ISO) for "jump to a time".
import { requireUser } from "@/lib/auth/current-user";
import { AppError, errorResponse } from "@/lib/errors";
import { findTimelinePosition } from "@/lib/timeline/find-timeline-position";
import { listTimelineEvents } from "@/lib/timeline/list-timeline-events";
import { filterFromSearchParams } from "@/lib/timeline/timeline-filter";

type Context = { params: Promise<{ reference: string }> };

export async function GET(request: Request, context: Context) {
  try {
    const user = await requireUser();
    const { reference } = await context.params;
    const params = new URL(request.url).searchParams;
    const filter = filterFromSearchParams(params);
    const at = params.get("at");
    if (at !== null) {
      const instant = new Date(at);
      if (Number.isNaN(instant.getTime()))
        throw new AppError("invalid_input", "That time is not valid.");
      return Response.json({
        position: await findTimelinePosition(user, reference, filter, instant),
      });
    }
    const result = await listTimelineEvents(user, reference, filter, {
      offset: Number(params.get("offset") ?? 0) || 0,
      limit: Number(params.get("limit") ?? 200) || 200,
    });
    return Response.json(result);
  } catch (error) {
    return errorResponse(error, { route: "GET /api/incidents/[reference]/timeline" });
  }
}
