// The live preview of a paste: the same checks and engine as the import, nothing stored.
// Pastes over 1 MB are parsed on a worker thread, holding a heavy-job slot meanwhile.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { ingest } from "@/lib/ingest";
import { sourceServiceOf } from "@/lib/evidence/evidence-input";
import { buildEvidencePreview, type EvidencePreview } from "@/lib/evidence/preview-report";
import { runHeavyJob } from "@/lib/timeline/heavy-jobs";
import { readEvidenceSources } from "@/lib/evidence/read-evidence-sources";
import { isLargePaste, runImportWorker } from "@/lib/evidence/run-import-worker";

export async function previewEvidence(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<EvidencePreview> {
  const { evidence, sources } = await readEvidenceSources(user, reference, input);
  const services = evidence.sources.map((source) => sourceServiceOf(source.options));
  if (isLargePaste(sources)) {
    return runHeavyJob(user.id, () =>
      runImportWorker<EvidencePreview>({ kind: "preview", sources, services }),
    );
  }
  return buildEvidencePreview(ingest(sources), services);
}
