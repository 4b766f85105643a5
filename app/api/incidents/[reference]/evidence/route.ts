// Evidence upload: preview a paste (nothing stored) or import it in one transaction. A route
// handler rather than a server action because pastes may reach 20 MB.
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-body";
import { routeHandler } from "@/lib/http/route-handler";
import { EVIDENCE_BODY_MAX_BYTES } from "@/lib/input-limits";
import { importEvidence } from "@/lib/evidence/import-evidence";
import { importEvidenceStream, wantsProgress } from "@/lib/evidence/import-evidence-stream";
import { previewEvidence } from "@/lib/evidence/preview-evidence";

export const POST = routeHandler<{ reference: string }>(
  "POST /api/incidents/[reference]/evidence",
  async ({ request, user, params }) => {
    const { reference } = params;
    // Check access before reading a byte of the body: someone who may not add evidence
    // here gets their 404/403 without the server reading (and holding) their upload.
    await findVisibleIncidentId(user, reference, "write");
    const body = (await readJsonBody(request, {
      maxBytes: EVIDENCE_BODY_MAX_BYTES,
      tooLargeMessage: "That is more than 20 MB at once. Split it into several imports.",
    })) as { mode?: unknown } | null;
    if (!body || typeof body !== "object")
      throw new AppError("invalid_input", "Send the evidence as a JSON object.");
    if (body.mode === "import") {
      if (wantsProgress(request)) return await importEvidenceStream(user, reference, body);
      return Response.json(await importEvidence(user, reference, body));
    }
    return Response.json(await previewEvidence(user, reference, body));
  },
  { body: "json" },
);
