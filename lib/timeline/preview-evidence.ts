// The live preview of a paste: the same checks and engine as the import, nothing stored.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { ingest } from "@/lib/ingest";
import { buildEvidencePreview, type EvidencePreview } from "@/lib/timeline/evidence-preview";
import { readEvidenceSources } from "@/lib/timeline/read-evidence-sources";

export async function previewEvidence(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<EvidencePreview> {
  const { sources } = await readEvidenceSources(user, reference, input);
  return buildEvidencePreview(
    ingest(sources),
    sources.map((source) => source.text),
  );
}
