// JSON API: the incident library as the caller may see it.
import { routeHandler } from "@/lib/http/route-handler";
import { findIncidentsForUser } from "@/lib/incidents/find-incidents-for-user";
import { parseLibraryFiltersStrictly } from "@/lib/incidents/library-filters";

export const GET = routeHandler("GET /api/incidents", async ({ request, user }) => {
  const filters = parseLibraryFiltersStrictly(new URL(request.url).searchParams);
  return Response.json(await findIncidentsForUser(user, filters));
});
