// JSON API: full-text search over the incidents the caller may see (the search page's
// as-you-type requests, scripts, the HTTP benchmark). GET /api/search?q=…&offset=…
import { routeHandler } from "@/lib/http/route-handler";
import { searchIncidents } from "@/lib/search/search-incidents";
import { parseSearchRequest } from "@/lib/search/search-request";

export const GET = routeHandler("GET /api/search", async ({ request, user }) => {
  const { q, offset } = parseSearchRequest(new URL(request.url).searchParams);
  return Response.json(await searchIncidents(user, q, { offset }), {
    headers: { "cache-control": "private, no-store" },
  });
});
