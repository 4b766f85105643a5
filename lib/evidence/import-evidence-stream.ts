// An import that reports its progress as it goes, for a client that asks for NDJSON
// (`Accept: application/x-ndjson`): one JSON object per line, `{"type":"progress",...}` while
// a large paste is parsed and written, then `{"type":"done","result":...}` or
// `{"type":"error","error":{code,message}}`. Access and input problems are found before
// the first line, so they keep their own HTTP status.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { errorAnswer } from "@/lib/errors";
import { importEvidence } from "@/lib/evidence/import-evidence";
import type { ImportProgress } from "@/lib/evidence/import-job";

export const NDJSON = "application/x-ndjson";

export function wantsProgress(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes(NDJSON);
}

export async function importEvidenceStream(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<Response> {
  const encoder = new TextEncoder();
  const pending: string[] = [];
  let wake: (() => void) | undefined;
  const push = (line: object) => {
    pending.push(`${JSON.stringify(line)}\n`);
    wake?.();
  };
  let hasStarted = false;
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  let isFinished = false;
  const job = importEvidence(user, reference, input, (progress: ImportProgress) => {
    hasStarted = true;
    markStarted();
    push({ type: "progress", ...progress });
  }).finally(() => {
    isFinished = true;
    wake?.();
  });
  // Until the worker reports, the job may still fail its access or input checks.
  await Promise.race([started, job.catch(() => undefined)]);
  if (!hasStarted) {
    // Settled before any progress: a small paste imported inline, or a refusal.
    const result = await job;
    return new Response(`${JSON.stringify({ type: "done", result })}\n`, {
      headers: { "Content-Type": NDJSON },
    });
  }
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (pending.length === 0 && !isFinished) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      if (pending.length > 0) {
        controller.enqueue(encoder.encode(pending.splice(0).join("")));
        return;
      }
      try {
        const result = await job;
        controller.enqueue(encoder.encode(`${JSON.stringify({ type: "done", result })}\n`));
      } catch (error) {
        // The same code and message a plain request would get, as the last line.
        const { body } = errorAnswer(error, { route: "evidence import stream" });
        controller.enqueue(
          encoder.encode(`${JSON.stringify({ type: "error", error: body.error })}\n`),
        );
      }
      controller.close();
    },
  });
  return new Response(body, {
    headers: { "Content-Type": NDJSON, "Cache-Control": "no-store" },
  });
}
