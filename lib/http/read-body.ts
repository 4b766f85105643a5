// Request bodies read as a stream with a hard byte limit. The declared Content-Length is
// checked first, but a chunked upload declares none, so the bytes are counted as they
// arrive and reading stops (and the stream is cancelled) as soon as the limit is passed:
// a 300 MB upload costs the server at most the limit, not 300 MB.
import { AppError } from "@/lib/errors";

export interface BodyLimit {
  maxBytes: number;
  // Said to the person when the body is too large, e.g. "Evidence is at most 20 MB at once."
  tooLargeMessage: string;
}

export async function readBodyBytes(
  request: Request,
  limit: BodyLimit,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit.maxBytes) {
    throw new AppError("payload_too_large", limit.tooLargeMessage);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit.maxBytes) {
      // Stop the upload here: nothing more is read or kept.
      await reader.cancel().catch(() => undefined);
      throw new AppError("payload_too_large", limit.tooLargeMessage);
    }
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function readJsonBody(request: Request, limit: BodyLimit): Promise<unknown> {
  const bytes = await readBodyBytes(request, limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("invalid_input", "The request body is not valid UTF-8 text.");
  }
  if (text.trim() === "") throw new AppError("invalid_input", "The request body is empty.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.");
  }
}

// Files arrive as multipart form data; the same limit applies before the form is parsed.
export async function readMultipartBody(request: Request, limit: BodyLimit): Promise<FormData> {
  const bytes = await readBodyBytes(request, limit);
  try {
    return await new Response(bytes, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    throw new AppError("invalid_input", "The uploaded form could not be read.");
  }
}
