// The worker thread that runs large imports and previews, so the request thread keeps
// serving pages while 100,000 lines are parsed and written. An import is parsed, turned
// into rows and written here, on this thread's own SQLite connection, in one transaction
// (atomic as on the request thread). Pure of the app's server modules: it is loaded by
// tsx from source, in dev, in the production server and in tests alike.
import os from "node:os";
import { parentPort } from "node:worker_threads";
import Database from "better-sqlite3";
import { ingest } from "@/lib/ingest";
import { buildEvidencePreview } from "@/lib/evidence/preview-report";
import type { ImportJob, PreviewJob, WorkerMessage } from "@/lib/evidence/import-job";
import { buildImportRows, NOTHING_READ_MESSAGE } from "@/lib/evidence/import-rows";
import { writeImportRows } from "@/lib/evidence/write-import-rows";

// Linux schedules threads one by one: this lowers the priority of this thread only, so
// the request thread gets the CPU first when both want it (imports are background work).
try {
  os.setPriority(0, os.constants.priority.PRIORITY_BELOW_NORMAL);
} catch {
  // Not permitted or not supported here: the import still runs, at normal priority.
}

function send(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function runImport(job: ImportJob): void {
  send({ type: "progress", phase: "parsing", done: 0, total: 1 });
  // Every field of every event is stored: decode them while parsing.
  const result = ingest(job.sources, { eager: true });
  if (result.events.length === 0) {
    send({ type: "failed", code: "invalid_input", message: NOTHING_READ_MESSAGE });
    return;
  }
  const { rows, outcome } = buildImportRows({
    result,
    sources: job.sources,
    options: job.options,
    incidentId: job.incidentId,
    userId: job.userId,
    now: new Date(job.now),
  });
  const database = new Database(job.databaseFile);
  try {
    database.pragma(`busy_timeout = ${job.busyTimeoutMs}`);
    writeImportRows(database, rows, (done, total) =>
      send({ type: "progress", phase: "writing", done, total }),
    );
  } finally {
    database.close();
  }
  send({ type: "done", result: outcome });
}

function runPreview(job: PreviewJob): void {
  const preview = buildEvidencePreview(ingest(job.sources), job.services);
  send({ type: "done", result: preview });
}

parentPort?.once("message", (job: ImportJob | PreviewJob) => {
  try {
    if (job.kind === "import") runImport(job);
    else runPreview(job);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    send({
      type: "failed",
      code: typeof code === "string" && code.startsWith("SQLITE_BUSY") ? "busy" : "internal",
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
