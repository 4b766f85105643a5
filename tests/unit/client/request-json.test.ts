// The browser side of the JSON routes: every way a request can end becomes a typed value
// or a failure with a message for the person, never a thrown error or an unchecked cast.
import { afterEach, describe, expect, it, vi } from "vitest";
import { importEvidence } from "@/components/timeline/evidence-api";
import { findTimelinePosition } from "@/components/timeline/timeline-api";
import { asServerType, requestJson } from "@/lib/client/request-json";

function answer(status: number, body: string, type = "application/json"): Response {
  return new Response(body, { status, headers: { "Content-Type": type } });
}

function stubFetch(respond: () => Promise<Response>) {
  const fetchStub = vi.fn<typeof fetch>(respond);
  vi.stubGlobal("fetch", fetchStub);
  return fetchStub;
}

afterEach(() => vi.unstubAllGlobals());

describe("requestJson", () => {
  const read = asServerType<{ total: number }>();

  it.each([
    {
      name: "an answer",
      respond: () => Promise.resolve(answer(200, '{"total":3}')),
      expected: { ok: true, value: { total: 3 } },
    },
    {
      name: "a refusal with the route's message",
      respond: () =>
        Promise.resolve(answer(400, '{"error":{"code":"invalid_input","message":"Too long."}}')),
      expected: { ok: false, reason: "refused", message: "Too long." },
    },
    {
      name: "a refusal without one (a proxy's page)",
      respond: () => Promise.resolve(answer(502, "<html>Bad gateway</html>", "text/html")),
      expected: { ok: false, reason: "refused", message: "Could not load." },
    },
    {
      name: "a body that is not JSON",
      respond: () => Promise.resolve(answer(200, "<html>", "text/html")),
      expected: { ok: false, reason: "refused", message: "Could not load." },
    },
    {
      name: "a dropped connection",
      respond: () => Promise.reject(new TypeError("Failed to fetch")),
      expected: { ok: false, reason: "unreachable", message: "Offline?" },
    },
  ])("turns $name into a result", async ({ respond, expected }) => {
    stubFetch(respond);
    const result = await requestJson("/api/x", {
      read,
      failure: "Could not load.",
      unreachable: "Offline?",
    });
    expect(result).toEqual(expected);
  });

  it("tells an aborted request apart from a dropped connection", async () => {
    const controller = new AbortController();
    controller.abort();
    stubFetch(() => Promise.reject(new DOMException("aborted", "AbortError")));
    const result = await requestJson("/api/x", {
      read,
      failure: "Could not load.",
      signal: controller.signal,
    });
    expect(result).toMatchObject({ ok: false, reason: "aborted" });
  });

  it("sends a JSON body with its Content-Type", async () => {
    const fetchStub = stubFetch(() => Promise.resolve(answer(200, "{}")));
    await requestJson("/api/x", { method: "POST", body: { a: 1 }, read, failure: "x" });
    const [, init] = fetchStub.mock.calls[0] ?? [];
    expect(init?.method).toBe("POST");
    expect(init?.body).toBe('{"a":1}');
    expect(init?.headers).toMatchObject({ "Content-Type": "application/json" });
  });
});

describe("findTimelinePosition", () => {
  it("checks the answer's shape instead of trusting it", async () => {
    stubFetch(() => Promise.resolve(answer(200, '{"position":"soon"}')));
    const result = await findTimelinePosition("INC-1", {}, new Date("2026-03-14T09:20:00Z"));
    expect(result).toMatchObject({ ok: false, message: "That time could not be found." });
    stubFetch(() => Promise.resolve(answer(200, '{"position":42}')));
    expect(await findTimelinePosition("INC-1", {}, new Date())).toEqual({ ok: true, value: 42 });
  });
});

describe("importEvidence", () => {
  const sources = [{ name: "app.log", text: "2026-03-14T09:00:00Z boom", options: {} }];

  // NDJSON in chunks that cut lines in two, as a network does.
  function streamed(chunks: string[]): Response {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
        controller.close();
      },
    });
    return new Response(body, { headers: { "Content-Type": "application/x-ndjson" } });
  }

  it("reports progress and ends with the result", async () => {
    const done = { sources: [{ id: "s", name: "app.log", format: "plain", events: 1 }] };
    stubFetch(() =>
      Promise.resolve(
        streamed([
          '{"type":"progress","phase":"parsing","done":0,"total":1}\n{"type":"progr',
          'ess","phase":"writing","done":5,"total":10}\n',
          `${JSON.stringify({ type: "done", result: { ...done, events: 1, spans: 0 } })}\n`,
        ]),
      ),
    );
    const shares: number[] = [];
    const result = await importEvidence("INC-1", sources, (share) => shares.push(share));
    expect(shares).toEqual([0.05, 0.55]);
    expect(result).toEqual({ ok: true, value: { ...done, events: 1, spans: 0 } });
  });

  it("ends with the server's message when the last line is an error", async () => {
    stubFetch(() =>
      Promise.resolve(
        streamed(['{"type":"error","error":{"code":"busy","message":"The database is busy."}}\n']),
      ),
    );
    expect(await importEvidence("INC-1", sources, () => undefined)).toEqual({
      ok: false,
      reason: "refused",
      message: "The database is busy.",
    });
  });

  it("says the import stopped when the stream ends without a result", async () => {
    stubFetch(() =>
      Promise.resolve(streamed(['{"type":"progress","phase":"parsing","done":0,"total":1}\n'])),
    );
    expect(await importEvidence("INC-1", sources, () => undefined)).toMatchObject({
      ok: false,
      message: "The import stopped before it finished. Try again.",
    });
  });

  it("keeps a refusal's own message", async () => {
    stubFetch(() =>
      Promise.resolve(
        answer(403, '{"error":{"code":"forbidden","message":"Viewers can read incidents."}}'),
      ),
    );
    expect(await importEvidence("INC-1", sources, () => undefined)).toMatchObject({
      ok: false,
      reason: "refused",
      message: "Viewers can read incidents.",
    });
  });
});
