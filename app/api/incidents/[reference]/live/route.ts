// The incident's live updates (server-sent events): what changed, never the content.
import { routeHandler } from "@/lib/http/route-handler";
import { openChangeStream } from "@/lib/realtime/open-change-stream";

export const dynamic = "force-dynamic";

export const GET = routeHandler<{ reference: string }>(
  "GET /api/incidents/[reference]/live",
  async ({ request, user, params }) => openChangeStream(user, params.reference, request.signal),
);
