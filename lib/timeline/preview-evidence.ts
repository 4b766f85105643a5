// The live preview of a paste: the same checks and engine as the import, nothing stored.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { ingest } from "@/lib/ingest";
import {
  checkEvidenceLimits,
  evidenceInputSchema,
  toIngestSources,
} from "@/lib/timeline/evidence-input";
import { incidentReferenceDate } from "@/lib/timeline/incident-reference-date";
import { buildEvidencePreview, type EvidencePreview } from "@/lib/timeline/evidence-preview";

export async function previewEvidence(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<EvidencePreview> {
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  const parsed = evidenceInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Invalid evidence.");
  }
  const sources = toIngestSources(parsed.data, await incidentReferenceDate(incidentId));
  const limitProblem = checkEvidenceLimits(sources);
  if (limitProblem) throw new AppError("invalid_input", limitProblem);
  const result = ingest(sources);
  return buildEvidencePreview(
    result,
    sources.map((source) => source.text),
  );
}
