// Evidence preview: what Debrief makes of a paste, nothing stored. A route handler rather
// than a server action because pastes may reach 20 MB.
import { routeHandler } from "@/lib/http/route-handler";
import { previewEvidence } from "@/lib/evidence/preview-evidence";
import { readEvidenceRequest } from "@/lib/evidence/read-evidence-request";

export const POST = routeHandler<{ reference: string }>(
  "POST /api/incidents/[reference]/evidence/preview",
  async ({ request, user, params }) => {
    const body = await readEvidenceRequest(request, user, params.reference);
    return Response.json(await previewEvidence(user, params.reference, body));
  },
  { body: "json" },
);
