// Large imports run on a worker thread with its own SQLite connection: the request thread
// keeps serving (its timers fire on time) while 60,000 lines are parsed and written,
// progress is reported, everything lands in one transaction, and a third concurrent
// import by the same person is answered "busy". Large previews run there too.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ImportProgress } from "@/lib/evidence/import-job";
import { importEvidence } from "@/lib/evidence/import-evidence";
import { previewEvidence } from "@/lib/evidence/preview-evidence";
import { makeIncident, makeUser } from "./factories";

function logText(count: number): string {
  const start = Date.parse("2026-03-14T00:00:00Z");
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(
      `ts=${new Date(start + i * 1000).toISOString()} level=info svc=api trace_id=${i % 97} msg="request ${i} handled"`,
    );
  }
  return lines.join("\n");
}

// The longest wait of a 10 ms timer while `work` runs: how long the thread was blocked.
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return longest;
}

describe("imports off the request thread", () => {
  it("imports 60,000 lines without stalling the request thread", { timeout: 120_000 }, async () => {
    const user = await makeUser();
    const reference = await makeIncident(user);
    const text = logText(60_000);
    const progress: ImportProgress[] = [];
    let result: Awaited<ReturnType<typeof importEvidence>> | undefined;
    const stall = await longestStall(async () => {
      result = await importEvidence(
        user,
        reference,
        { sources: [{ name: "big.log", text }] },
        (step) => progress.push(step),
      );
    });
    expect(result?.events).toBe(60_000);
    const incident = await db.incident.findFirstOrThrow({
      where: { number: Number(reference.slice(4)) },
    });
    expect(await db.timelineEvent.count({ where: { incidentId: incident.id } })).toBe(60_000);
    expect(
      await db.auditEntry.count({
        where: { incidentId: incident.id, action: "timeline.evidence_imported" },
      }),
    ).toBe(1);
    expect(progress[0]?.phase).toBe("parsing");
    const writing = progress.filter((step) => step.phase === "writing");
    expect(writing.length).toBeGreaterThan(5);
    expect(writing.at(-1)?.done).toBe(writing.at(-1)?.total);
    // Parsing and writing on this thread blocked it for seconds.
    expect(stall).toBeLessThan(400);
  });

  it(
    "answers busy to a third concurrent import by the same person",
    { timeout: 120_000 },
    async () => {
      const user = await makeUser();
      const reference = await makeIncident(user);
      const input = { sources: [{ name: "big.log", text: logText(15_000) }] };
      const outcomes = await Promise.allSettled([
        importEvidence(user, reference, input),
        importEvidence(user, reference, input),
        importEvidence(user, reference, input),
      ]);
      const rejected = outcomes.filter((outcome) => outcome.status === "rejected");
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(2);
      expect(rejected).toHaveLength(1);
      const reason = (rejected[0] as PromiseRejectedResult).reason as AppError;
      expect(reason).toBeInstanceOf(AppError);
      expect(reason.code).toBe("busy");
    },
  );

  it("previews a large paste on the worker", { timeout: 120_000 }, async () => {
    const user = await makeUser();
    const reference = await makeIncident(user);
    const preview = await previewEvidence(user, reference, {
      sources: [{ name: "big.log", text: logText(20_000) }],
    });
    expect(preview.sources[0]?.counts.events).toBe(20_000);
    expect(preview.sources[0]?.format).toBe("logfmt");
  });
});
