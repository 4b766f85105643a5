// The incident's "what I knew then" notes that the signed-in person may see, in anchor-time
// order (?view=lanes: grouped into one lane per person, for the timeline). Private notes of
// others and unconfirmed interview notes never appear, not even in a count.
import { routeHandler } from "@/lib/http/route-handler";
import { listNoteLanes, listNotesForViewer } from "@/lib/mental-models/notes/list-notes";

export const GET = routeHandler<{ reference: string }>(
  "GET /api/incidents/[reference]/notes",
  async ({ request, user, params }) => {
    if (new URL(request.url).searchParams.get("view") === "lanes") {
      return Response.json({ lanes: await listNoteLanes(user, params.reference) });
    }
    const { notes } = await listNotesForViewer(user, params.reference);
    return Response.json({ notes });
  },
);
