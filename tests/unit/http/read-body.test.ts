import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readBodyBytes, readJsonBody, readMultipartBody } from "@/lib/http/read-body";

const CHUNK = 64 * 1024;

// A chunked upload (no Content-Length) of `total` bytes, made lazily as it is read, that
// counts how many bytes the reader actually pulled.
function chunkedUpload(total: number, headers: Record<string, string> = {}) {
  const pulled = { bytes: 0, isCancelled: false };
  const chunk = new Uint8Array(CHUNK).fill(0x61);
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled.bytes >= total) {
          controller.close();
          return;
        }
        pulled.bytes += CHUNK;
        controller.enqueue(chunk.slice());
      },
      cancel() {
        pulled.isCancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://127.0.0.1/upload", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("readBodyBytes", () => {
  it("stops a 300 MB chunked upload at the limit, without holding it", async () => {
    const limit = { maxBytes: 1024 * 1024, tooLargeMessage: "At most 1 MB." };
    const { request, pulled } = chunkedUpload(300 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const error = await errorOf(readBodyBytes(request, limit));
    const grown = process.memoryUsage().rss - before;
    expect(error.code).toBe("payload_too_large");
    expect(error.userMessage).toBe("At most 1 MB.");
    // Reading stopped one chunk past the limit and the upload was cancelled.
    expect(pulled.bytes).toBeLessThanOrEqual(limit.maxBytes + 2 * CHUNK);
    expect(pulled.isCancelled).toBe(true);
    expect(grown).toBeLessThan(50 * 1024 * 1024);
  });

  it("refuses a declared length past the limit before reading anything", async () => {
    const { request, pulled } = chunkedUpload(10 * CHUNK, { "content-length": String(10 * CHUNK) });
    const error = await errorOf(
      readBodyBytes(request, { maxBytes: 1000, tooLargeMessage: "Too big." }),
    );
    expect(error.code).toBe("payload_too_large");
    expect(pulled.bytes).toBe(0);
  });

  it("reads a body within the limit exactly", async () => {
    const { request } = chunkedUpload(5 * CHUNK);
    const bytes = await readBodyBytes(request, { maxBytes: 1024 * 1024, tooLargeMessage: "" });
    expect(bytes.byteLength).toBe(5 * CHUNK);
    expect(bytes.every((byte) => byte === 0x61)).toBe(true);
  });
});

describe("readJsonBody", () => {
  const limit = { maxBytes: 1024, tooLargeMessage: "Too big." };
  const post = (body: BodyInit) => new Request("http://127.0.0.1/x", { method: "POST", body });

  it.each([
    ["", "The request body is empty."],
    ["{not json", "The request body is not valid JSON."],
    [new Uint8Array([0x7b, 0xff, 0x7d]), "The request body is not valid UTF-8 text."],
  ])("answers %j with a clear message", async (body, message) => {
    const error = await errorOf(readJsonBody(post(body), limit));
    expect(error.code).toBe("invalid_input");
    expect(error.userMessage).toBe(message);
  });

  it("parses JSON split across chunks, multi-byte characters included", async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ name: "Zoë ✓" }));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const request = new Request("http://127.0.0.1/x", {
      method: "POST",
      body,
      duplex: "half",
    } as RequestInit);
    expect(await readJsonBody(request, limit)).toEqual({ name: "Zoë ✓" });
  });
});

describe("readMultipartBody", () => {
  it("reads a file within the limit and refuses one past it", async () => {
    const form = new FormData();
    form.append("file", new Blob(["2026-03-14T09:00:00Z boom\n"]), "app.log");
    const encoded = new Request("http://127.0.0.1/x", { method: "POST", body: form });
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    const request = (body: Uint8Array<ArrayBuffer>) =>
      new Request("http://127.0.0.1/x", {
        method: "POST",
        body,
        headers: { "content-type": encoded.headers.get("content-type") ?? "" },
      });
    const read = await readMultipartBody(request(bytes), {
      maxBytes: 10_000,
      tooLargeMessage: "Too big.",
    });
    expect(await (read.get("file") as File).text()).toBe("2026-03-14T09:00:00Z boom\n");
    const error = await errorOf(
      readMultipartBody(request(bytes), { maxBytes: 50, tooLargeMessage: "Too big." }),
    );
    expect(error.code).toBe("payload_too_large");
  });
});
