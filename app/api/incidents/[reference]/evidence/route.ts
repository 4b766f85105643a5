// Evidence upload: preview a paste (nothing stored) or import it in one transaction. A route
// handler rather than a server action because pastes may reach 20 MB.
import { requireUser } from "@/lib/auth/current-user";
import { AppError, errorResponse } from "@/lib/errors";
import { MAX_EVIDENCE_BYTES } from "@/lib/timeline/evidence-input";
import { importEvidence } from "@/lib/timeline/import-evidence";
import { importEvidenceStream, wantsProgress } from "@/lib/timeline/import-evidence-stream";
import { previewEvidence } from "@/lib/timeline/preview-evidence";

type Context = { params: Promise<{ reference: string }> };

// JSON escaping can grow a text; allow for it before the exact check on the texts.
const MAX_BODY_BYTES = MAX_EVIDENCE_BYTES * 2;

export async function POST(request: Request, context: Context) {
  try {
    const user = await requireUser();
    const { reference } = await context.params;
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_BODY_BYTES) {
      throw new AppError(
        "invalid_input",
        "That is more than 20 MB at once. Split it into several imports.",
      );
    }
    const body = (await request.json().catch(() => null)) as { mode?: unknown } | null;
    if (!body || typeof body !== "object")
      throw new AppError("invalid_input", "Send the evidence as JSON.");
    if (body.mode === "import") {
      if (wantsProgress(request)) return await importEvidenceStream(user, reference, body);
      return Response.json(await importEvidence(user, reference, body));
    }
    return Response.json(await previewEvidence(user, reference, body));
  } catch (error) {
    return errorResponse(error, { route: "POST /api/incidents/[reference]/evidence" });
  }
}
