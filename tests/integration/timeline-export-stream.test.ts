// Exports stream in keyset pages: the head first, then at most 500 rows per chunk, every
// visible event exactly once and in time order, even when many share one instant. Each
// export holds a heavy-job slot until its stream ends: a third at once answers "busy".
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { importEvidence } from "@/lib/evidence/import-evidence";
import { EXPORT_PAGE_SIZE } from "@/lib/timeline/list-export-rows";
import { streamTimelineExport } from "@/lib/timeline/stream-timeline-export";
import { makeIncident, makeUser } from "./factories";

const EVENTS = 1_234;

// Three events per second, so pages end inside a run of equal times.
function logText(): string {
  const start = Date.parse("2026-03-14T00:00:00Z");
  const lines: string[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const time = new Date(start + Math.floor(i / 3) * 1000).toISOString();
    lines.push(`ts=${time} level=info svc=api msg="event ${i}"`);
  }
  return lines.join("\n");
}

async function readChunks(body: ReadableStream<Uint8Array>): Promise<string[]> {
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  for await (const chunk of body) chunks.push(decoder.decode(chunk));
  return chunks;
}

describe("streamed timeline export", () => {
  it("sends every event once, in order, in pages of at most 500 rows", async () => {
    const user = await makeUser();
    const reference = await makeIncident(user);
    await importEvidence(user, reference, { sources: [{ name: "a.log", text: logText() }] });

    const exported = await streamTimelineExport(user, reference, "csv");
    expect(exported.contentType).toMatch(/^text\/csv/);
    const chunks = await readChunks(exported.body);
    expect(chunks[0]?.startsWith("time,service,level,source,message")).toBe(true);
    const pages = chunks.slice(1).filter((chunk) => chunk.length > 0);
    expect(pages.length).toBe(Math.ceil(EVENTS / EXPORT_PAGE_SIZE));
    for (const page of pages)
      expect(page.split("\r\n").filter(Boolean).length).toBeLessThanOrEqual(EXPORT_PAGE_SIZE);
    const messages = pages
      .join("")
      .split("\r\n")
      .filter(Boolean)
      .map((line) => Number(/event (\d+)/.exec(line)?.[1]));
    expect(messages).toHaveLength(EVENTS);
    expect(new Set(messages).size).toBe(EVENTS);
    const seconds = messages.map((n) => Math.floor(n / 3));
    expect([...seconds].sort((a, b) => a - b)).toEqual(seconds);
  });

  it("lets other work run between pages (the driver answers synchronously)", async () => {
    const user = await makeUser();
    const reference = await makeIncident(user);
    await importEvidence(user, reference, { sources: [{ name: "a.log", text: logText() }] });

    const exported = await streamTimelineExport(user, reference, "csv");
    // Another request's work, queued as the export starts: it must not wait for the end.
    let chunksBeforeOtherWork = -1;
    let chunks = 0;
    setImmediate(() => (chunksBeforeOtherWork = chunks));
    for await (const _chunk of exported.body) chunks += 1;
    expect(chunks).toBeGreaterThan(2);
    expect(chunksBeforeOtherWork).toBeGreaterThanOrEqual(0);
    expect(chunksBeforeOtherWork).toBeLessThan(chunks);
  });

  it("holds a heavy-job slot per export: the third at once is busy", async () => {
    const user = await makeUser();
    const reference = await makeIncident(user);
    await importEvidence(user, reference, { sources: [{ name: "a.log", text: logText() }] });

    const first = await streamTimelineExport(user, reference, "md");
    const second = await streamTimelineExport(user, reference, "csv");
    const third = streamTimelineExport(user, reference, "csv");
    await expect(third).rejects.toBeInstanceOf(AppError);
    await expect(third).rejects.toMatchObject({ code: "busy", retryAfterSeconds: 10 });
    // Reading one to its end frees its slot; cancelling the other frees its own.
    const markdown = (await readChunks(first.body)).join("");
    expect(markdown).toContain("## Events");
    await second.body.cancel();
    const again = await streamTimelineExport(user, reference, "csv");
    await again.body.cancel();
  });
});
