// Attributes of structured lines are read again from the line on first access: they must be
// what an eager parse gives, and setting them must win over the deferred read.

import { describe, expect, it } from "vitest";
import { ingest, ingestText, toPlainEvent } from "@/lib/ingest";

describe("lazily read attributes", () => {
  it.each([
    [
      "json",
      '{"time":"2026-03-14T09:00:00Z","level":"info","msg":"a","req":{"id":"x"},"n":3}',
      { time: "2026-03-14T09:00:00Z", level: "info", msg: "a", req: { id: "x" }, n: 3 },
    ],
    [
      "logfmt",
      'ts=2026-03-14T09:00:00Z level=warn msg="pool \\"low\\"" svc=api',
      { ts: "2026-03-14T09:00:00Z", level: "warn", msg: 'pool "low"', svc: "api" },
    ],
    [
      "csv",
      'time,level,message\n2026-03-14T09:00:00Z,error,"a, b"',
      { time: "2026-03-14T09:00:00Z", level: "error", message: "a, b" },
    ],
    [
      "access",
      '203.0.113.9 - bob [14/Mar/2026:10:09:58 +0100] "POST /x HTTP/2.0" 502 1184 "https://r/" "curl/8"',
      {
        client: "203.0.113.9",
        user: "bob",
        request: "POST /x HTTP/2.0",
        status: 502,
        bytes: "1184",
        referer: "https://r/",
        userAgent: "curl/8",
      },
    ],
    [
      "java",
      "2026-03-14 09:00:00.123  WARN 1234 --- [main] c.e.App : pool low",
      { thread: "main", logger: "c.e.App", pid: "1234" },
    ],
    [
      "python",
      "2026-03-14 09:00:00,123 - payments.worker - ERROR - capture failed",
      { logger: "payments.worker" },
    ],
    ["cri", "2026-03-14T09:12:05.101884312Z stderr F boom", { stream: "stderr" }],
  ])("%s", (_, text, expected) => {
    const event = ingestText("a", text).events[0];
    expect(event?.attributes).toEqual(expected);
    expect(event?.attributes).toBe(event?.attributes);
    if (event) expect(toPlainEvent(event).attributes).toEqual(expected);
  });

  it("uses the first line of a multi-line entry and lets a setter win", () => {
    const text = '{"time":"2026-03-14T09:00:00Z","msg":"boom"}\n    at frame (x.js:1)';
    const event = ingestText("m", text).events[0];
    expect(event?.raw.split("\n")).toHaveLength(2);
    expect(event?.attributes).toEqual({ time: "2026-03-14T09:00:00Z", msg: "boom" });
    const other = ingest([{ name: "s", text: text.split("\n")[0] as string }]).events[0];
    if (!other) throw new Error("no event");
    other.attributes = { replaced: true };
    expect(other.attributes).toEqual({ replaced: true });
  });
});
