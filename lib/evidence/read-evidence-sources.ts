// The steps a preview and an import share: check the person may add evidence, validate
// the input, apply the incident's default reference date, and enforce the limits.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { Source } from "@/lib/ingest";
import {
  checkEvidenceLimits,
  evidenceInputSchema,
  type EvidenceInput,
  toIngestSources,
} from "@/lib/evidence/evidence-input";
import { incidentReferenceDate } from "@/lib/evidence/incident-reference-date";

export async function readEvidenceSources(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<{ incidentId: string; evidence: EvidenceInput; sources: Source[] }> {
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  const parsed = evidenceInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Invalid evidence.");
  }
  const sources = toIngestSources(parsed.data, await incidentReferenceDate(incidentId));
  const limitProblem = checkEvidenceLimits(sources);
  if (limitProblem) throw new AppError("invalid_input", limitProblem);
  return { incidentId, evidence: parsed.data, sources };
}
