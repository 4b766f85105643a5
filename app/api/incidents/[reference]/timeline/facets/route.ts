// What the timeline can be filtered by (services, levels, sources, counts). Fetched after
// the list has rendered: on 100,000 events these aggregates cost more than the first rows.
import { requireUser } from "@/lib/auth/current-user";
import { errorResponse } from "@/lib/errors";
import { getTimelineFacets } from "@/lib/timeline/get-timeline-facets";

type Context = { params: Promise<{ reference: string }> };

export async function GET(_request: Request, context: Context) {
  try {
    const user = await requireUser();
    const { reference } = await context.params;
    return Response.json(await getTimelineFacets(user, reference));
  } catch (error) {
    return errorResponse(error, { route: "GET /api/incidents/[reference]/timeline/facets" });
  }
}
