// The body of an evidence preview or import, read only once the person may add evidence
// to the incident: someone who may not gets their 404/403 without the server reading (and
// holding) their upload. The body is bounded as it arrives (see lib/http/read-body.ts).
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-body";
import { EVIDENCE_BODY_MAX_BYTES } from "@/lib/input-limits";

export async function readEvidenceRequest(
  request: Request,
  user: SessionUser,
  reference: string,
): Promise<object> {
  await findVisibleIncidentId(user, reference, "write");
  const body = await readJsonBody(request, {
    maxBytes: EVIDENCE_BODY_MAX_BYTES,
    tooLargeMessage: "That is more than 20 MB at once. Split it into several imports.",
  });
  if (!body || typeof body !== "object") {
    throw new AppError("invalid_input", "Send the evidence as a JSON object.");
  }
  return body;
}
