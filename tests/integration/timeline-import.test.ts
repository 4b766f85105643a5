import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getTimelineEvent } from "@/lib/timeline/get-timeline-event";
import { getTraceAnalysis } from "@/lib/traces/get-trace-analysis";
import { importEvidence } from "@/lib/evidence/import-evidence";
import { listTimelineEvents } from "@/lib/timeline/list-timeline-events";
import { makeIncident, makeUser } from "./factories";

const samples = path.resolve(import.meta.dirname, "..", "fixtures", "samples");
const sample = (name: string) => fs.readFileSync(path.join(samples, name), "utf8");

describe("importing evidence", () => {
  it("stores sources, events linked to their lines and spans, in time order", async () => {
    const user = await makeUser();
    const reference = await makeIncident(user);
    const result = await importEvidence(user, reference, {
      sources: [
        {
          name: "apache-error.log",
          text: sample("apache-error.log"),
          options: { zone: "Europe/Paris" },
        },
        { name: "jaeger.json", text: sample("jaeger.json") },
      ],
    });
    expect(result.events).toBe(18 + 8);
    expect(result.spans).toBe(8);

    const list = await listTimelineEvents(user, reference, {}, { offset: 0, limit: 500 });
    expect(list.total).toBe(26);
    const times = list.rows.map((row) => row.time);
    expect([...times].sort()).toEqual(times);
    // 10:11:44 Paris local is 09:11:44 UTC.
    expect(times[0]?.startsWith("2026-03-14T09:11:44")).toBe(true);

    const first = list.rows[0];
    if (!first) throw new Error("no rows");
    const detail = await getTimelineEvent(user, reference, first.id, 2);
    expect(detail.sourceName).toBe("apache-error.log");
    expect(detail.context.some((line) => line.isEvent)).toBe(true);

    const analysis = await getTraceAnalysis(user, reference);
    expect(analysis.skew.some((estimate) => estimate.service === "payments-api")).toBe(true);
    expect(analysis.edges).toContainEqual({
      from: "checkout-web",
      to: "payments-api",
      calls: 2,
      errors: 1,
    });
    expect(analysis.triangulation.services).toContain("payments-api");

    const history = await db.auditEntry.findMany({
      where: { action: "timeline.evidence_imported" },
    });
    expect(history.length).toBeGreaterThan(0);
  });

  it("is all or nothing: a failure part-way leaves no source, event or span behind", async () => {
    const user = await makeUser();
    const reference = await makeIncident(user);
    const incident = await db.incident.findFirstOrThrow({
      where: { number: Number(reference.replace("INC-", "")) },
    });
    // A trigger that fails the insert of the 5th event makes the transaction fail late.
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_fifth BEFORE INSERT ON "TimelineEvent" WHEN (SELECT count(*) FROM "TimelineEvent" WHERE "incidentId" = NEW."incidentId") >= 4 AND NEW."incidentId" = '${incident.id}' BEGIN SELECT RAISE(ABORT, 'boom'); END`,
    );
    try {
      await expect(
        importEvidence(user, reference, {
          sources: [{ name: "logfmt.log", text: sample("logfmt.log") }],
        }),
      ).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_fifth`);
    }
    expect(await db.evidenceSource.count({ where: { incidentId: incident.id } })).toBe(0);
    expect(await db.timelineEvent.count({ where: { incidentId: incident.id } })).toBe(0);
    expect(
      await db.auditEntry.count({
        where: { incidentId: incident.id, action: "timeline.evidence_imported" },
      }),
    ).toBe(0);
  });

  it("refuses empty, binary and oversized evidence with a clear message", async () => {
    const user = await makeUser();
    const reference = await makeIncident(user);
    await expect(
      importEvidence(user, reference, { sources: [{ name: "empty", text: "  \n" }] }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      userMessage: expect.stringContaining("empty"),
    });
    await expect(
      importEvidence(user, reference, {
        sources: [{ name: "blob.bin", text: "PK\u0003\u0004\u0000\u0000abc" }],
      }),
    ).rejects.toMatchObject({ userMessage: expect.stringContaining("binary") });
    await expect(
      importEvidence(user, reference, {
        sources: [{ name: "huge.log", text: "x".repeat(21 * 1024 * 1024) }],
      }),
    ).rejects.toMatchObject({ userMessage: expect.stringContaining("20 MB") });
  });
});
