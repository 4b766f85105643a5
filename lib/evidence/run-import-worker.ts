// Runs one import or preview on a worker thread and resolves with its result; progress
// is reported as it comes. One thread per job: jobs are few (see heavy-jobs.ts) and large,
// and a thread of its own is freed with everything it allocated when the job ends.
import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import type { Source } from "@/lib/ingest/types";
import { byteLength } from "@/lib/evidence/evidence-input";
import type {
  ImportJob,
  ImportProgress,
  PreviewJob,
  WorkerMessage,
} from "@/lib/evidence/import-job";

// Pastes above this size are parsed off the request thread.
export const WORKER_THRESHOLD_BYTES = 1024 * 1024;

export function isLargePaste(sources: readonly Source[]): boolean {
  let bytes = 0;
  for (const source of sources) bytes += byteLength(source.text);
  return bytes > WORKER_THRESHOLD_BYTES;
}

// The worker loads its TypeScript source through tsx (import-worker-entry.mjs registers
// it), in dev, in the production server (whose bundle the worker is not part of) and in
// tests; the app always runs from its root folder.
function workerFile(): string {
  return path.join(process.cwd(), "lib", "evidence", "import-worker-entry.mjs");
}

export function runImportWorker<T>(
  job: ImportJob | PreviewJob,
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // Reflect.construct keeps the bundler from following the worker file into tsx and
    // esbuild (Turbopack treats `new Worker(path)` as an import and fails on them).
    const worker = Reflect.construct(Worker, [workerFile()]);
    let isSettled = false;
    const settle = (action: () => void) => {
      if (isSettled) return;
      isSettled = true;
      action();
      void worker.terminate();
    };
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "progress") onProgress(message);
      else if (message.type === "done") settle(() => resolve(message.result as T));
      else if (message.code === "invalid_input")
        settle(() => reject(new AppError("invalid_input", message.message)));
      else if (message.code === "busy")
        settle(() => reject(Object.assign(new Error(message.message), { code: "SQLITE_BUSY" })));
      else settle(() => reject(new Error(`Import worker failed: ${message.message}`)));
    });
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) =>
      settle(() => reject(new Error(`Import worker stopped (exit code ${code})`))),
    );
    worker.postMessage(job);
  });
}
