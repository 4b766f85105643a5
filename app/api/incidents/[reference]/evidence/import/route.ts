// Evidence import: every source of a paste into the timeline, all or nothing. Answers the
// result as JSON, or as NDJSON progress lines for a client that asks for them (see
// lib/evidence/import-evidence-stream.ts). A route handler because pastes may reach 20 MB.
import { routeHandler } from "@/lib/http/route-handler";
import { importEvidence } from "@/lib/evidence/import-evidence";
import { importEvidenceStream, wantsProgress } from "@/lib/evidence/import-evidence-stream";
import { readEvidenceRequest } from "@/lib/evidence/read-evidence-request";

export const POST = routeHandler<{ reference: string }>(
  "POST /api/incidents/[reference]/evidence/import",
  async ({ request, user, params }) => {
    const body = await readEvidenceRequest(request, user, params.reference);
    if (wantsProgress(request)) return await importEvidenceStream(user, params.reference, body);
    return Response.json(await importEvidence(user, params.reference, body));
  },
  { body: "json" },
);
