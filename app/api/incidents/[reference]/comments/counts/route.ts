// Open comment threads per timeline event (only threads the person may see), for badges.
import { countOpenThreadsByEvent } from "@/lib/comments/list-threads";
import { routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler<{ reference: string }>(
  "GET /api/incidents/[reference]/comments/counts",
  async ({ user, params }) =>
    Response.json({ events: await countOpenThreadsByEvent(user, params.reference) }),
);
