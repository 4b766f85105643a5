// What the request thread and the import worker say to each other.
import type { Source } from "@/lib/ingest/types";
import type { EvidenceOptions } from "@/lib/evidence/evidence-input";

export interface ImportJob {
  kind: "import";
  sources: Source[];
  options: (EvidenceOptions | undefined)[];
  incidentId: string;
  userId: string;
  /** Epoch ms: the rows' createdAt. */
  now: number;
  databaseFile: string;
  busyTimeoutMs: number;
}

export interface PreviewJob {
  kind: "preview";
  sources: Source[];
  /** Per source, the service its unnamed lines take. */
  services: string[];
}

/** How far a job is: parsing (no finer steps), then rows written of all. */
export interface ImportProgress {
  phase: "parsing" | "writing";
  done: number;
  total: number;
}

export type WorkerMessage =
  | ({ type: "progress" } & ImportProgress)
  | { type: "done"; result: unknown }
  | { type: "failed"; code: "invalid_input" | "busy" | "internal"; message: string };
