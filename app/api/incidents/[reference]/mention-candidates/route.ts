// The people who may be @mentioned on an incident: exactly who may see it.
import { listMentionCandidates } from "@/lib/comments/mention-candidates";
import { routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler<{ reference: string }>(
  "GET /api/incidents/[reference]/mention-candidates",
  async ({ user, params }) =>
    Response.json({ people: await listMentionCandidates(user, params.reference) }),
);
