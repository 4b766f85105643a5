// Typed calls to the evidence routes, for the evidence panel: the live preview (nothing
// stored) and the import, which streams NDJSON progress lines and ends with the result or
// the error (see lib/evidence/import-evidence-stream.ts).
import {
  asServerType,
  messageOf,
  refusalMessageOf,
  requestJson,
  send,
  type ApiResult,
} from "@/lib/client/request-json";
import type { EvidenceOptions } from "@/lib/evidence/evidence-input";
import type { ImportEvidenceResult } from "@/lib/evidence/import-rows";
import type { EvidencePreview } from "@/lib/evidence/preview-report";
import { z } from "@/lib/validation/zod";

export interface EvidenceSourceInput {
  name: string;
  text: string;
  options: EvidenceOptions;
}

function evidenceUrl(reference: string, step: "preview" | "import"): string {
  return `/api/incidents/${encodeURIComponent(reference)}/evidence/${step}`;
}

export function previewEvidence(
  reference: string,
  sources: readonly EvidenceSourceInput[],
): Promise<ApiResult<EvidencePreview>> {
  return requestJson(evidenceUrl(reference, "preview"), {
    method: "POST",
    body: { sources: sources.map(({ name, text, options }) => ({ name, text, options })) },
    read: asServerType<EvidencePreview>(),
    failure: "The evidence could not be read.",
  });
}

const IMPORT_FAILED = "The evidence could not be imported.";

const importResultSchema = z.object({
  sources: z.array(
    z.object({ id: z.string(), name: z.string(), format: z.string(), events: z.number() }),
  ),
  events: z.number(),
  spans: z.number(),
});

const progressLineSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("progress"),
    phase: z.enum(["parsing", "writing"]),
    done: z.number(),
    total: z.number(),
  }),
  z.object({ type: z.literal("done"), result: importResultSchema }),
  z.object({ type: z.literal("error"), error: z.unknown() }),
]);

/**
 * Imports the sources, reporting the share done (0–1) as the server streams it: parsing
 * counts as the first tenth, then rows written.
 */
export async function importEvidence(
  reference: string,
  sources: readonly EvidenceSourceInput[],
  onProgress: (share: number) => void,
): Promise<ApiResult<ImportEvidenceResult>> {
  const response = await send(evidenceUrl(reference, "import"), {
    method: "POST",
    headers: { Accept: "application/x-ndjson" },
    body: { sources: sources.map(({ name, text, options }) => ({ name, text, options })) },
  });
  if (!(response instanceof Response)) return response;
  if (!response.ok || !response.body) {
    return {
      ok: false,
      reason: "refused",
      message: await refusalMessageOf(response, IMPORT_FAILED),
    };
  }
  try {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (value) buffered += value;
      let end = buffered.indexOf("\n");
      while (end >= 0) {
        const line = progressLineSchema.parse(JSON.parse(buffered.slice(0, end)));
        buffered = buffered.slice(end + 1);
        end = buffered.indexOf("\n");
        if (line.type === "progress") {
          const share = line.total ? line.done / line.total : 0;
          onProgress(line.phase === "writing" ? 0.1 + 0.9 * share : 0.05);
        } else if (line.type === "done") {
          return { ok: true, value: line.result };
        } else {
          // The same { code, message } a plain request would get.
          return {
            ok: false,
            reason: "refused",
            message: messageOf({ error: line.error }, IMPORT_FAILED),
          };
        }
      }
      if (done) {
        return {
          ok: false,
          reason: "unreachable",
          message: "The import stopped before it finished. Try again.",
        };
      }
    }
  } catch {
    // A dropped connection mid-stream, or a line that is not what the route sends.
    return {
      ok: false,
      reason: "unreachable",
      message: "The import stopped before it finished. Try again.",
    };
  }
}
