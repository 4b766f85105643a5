// One anchor's comment threads that the signed-in person may see:
// ?kind=event&eventId=…, ?kind=note&noteId=…, ?kind=diagram&diagramId=…, ?kind=narrative.
import { listThreads } from "@/lib/comments/list-threads";
import { routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler<{ reference: string }>(
  "GET /api/incidents/[reference]/comments",
  async ({ request, user, params }) => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    return Response.json({ threads: await listThreads(user, params.reference, query) });
  },
);
