// What the timeline can be filtered by (services, levels, sources, counts). Fetched after
// the list has rendered: on 100,000 events these aggregates cost more than the first rows.
import { routeHandler } from "@/lib/http/route-handler";
import { getTimelineFacets } from "@/lib/timeline/get-timeline-facets";

export const GET = routeHandler<{ reference: string }>(
  "GET /api/incidents/[reference]/timeline/facets",
  async ({ user, params }) => Response.json(await getTimelineFacets(user, params.reference)),
);
