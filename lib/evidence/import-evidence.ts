// Imports pasted evidence into an incident's timeline in one transaction: the raw texts
// as evidence sources, every parsed entry as an event linked to its source lines, the
// trace spans and the history entry. Either all of it lands or none of it. The rows are
// written through the SQLite driver, not Prisma (see write-import-rows.ts for why); pastes
// over 1 MB are parsed and written on a worker thread, so other requests keep being served.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { ingest, type Source } from "@/lib/ingest";
import type { EvidenceInput } from "@/lib/evidence/evidence-input";
import { runHeavyJob } from "@/lib/timeline/heavy-jobs";
import type { ImportProgress } from "@/lib/evidence/import-job";
import {
  buildImportRows,
  NOTHING_READ_MESSAGE,
  type ImportEvidenceResult,
} from "@/lib/evidence/import-rows";
import { readEvidenceSources } from "@/lib/evidence/read-evidence-sources";
import { isLargePaste, runImportWorker } from "@/lib/evidence/run-import-worker";
import {
  BULK_BUSY_TIMEOUT_MS,
  databaseFile,
  writeImportSqlite,
} from "@/lib/evidence/write-import-sqlite";
import { publishIncidentChange } from "@/lib/realtime/bus";

export type { ImportEvidenceResult } from "@/lib/evidence/import-rows";

export async function importEvidence(
  user: SessionUser,
  reference: string,
  input: unknown,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportEvidenceResult> {
  const { incidentId, evidence, sources } = await readEvidenceSources(user, reference, input);
  // Access and input are checked first; then the import holds a heavy-job slot to its end.
  const result = await runHeavyJob(user.id, () => {
    if (isLargePaste(sources)) {
      return runImportWorker<ImportEvidenceResult>(
        {
          kind: "import",
          sources,
          options: evidence.sources.map((source) => source.options),
          incidentId,
          userId: user.id,
          now: Date.now(),
          databaseFile: databaseFile(),
          busyTimeoutMs: BULK_BUSY_TIMEOUT_MS,
        },
        onProgress,
      );
    }
    return writeImport(user, incidentId, evidence, sources);
  });
  publishIncidentChange(incidentId, {
    topic: "timeline",
    action: "imported",
    ids: [],
    actorId: user.id,
  });
  return result;
}

async function writeImport(
  user: SessionUser,
  incidentId: string,
  evidence: EvidenceInput,
  sources: Source[],
): Promise<ImportEvidenceResult> {
  // Every field of every event is stored: decode them while parsing.
  const result = ingest(sources, { eager: true });
  if (result.events.length === 0) {
    throw new AppError("invalid_input", NOTHING_READ_MESSAGE);
  }
  // Rows are built before the transaction so the database is locked only to write them.
  const { rows, outcome } = buildImportRows({
    result,
    sources,
    options: evidence.sources.map((source) => source.options),
    incidentId,
    userId: user.id,
    now: new Date(),
  });
  writeImportSqlite(rows);
  return outcome;
}
