// The timeline under load: the default view's total and window read a covering index, and
// answers are shared until the database changes, whether the change comes through the
// app's own connection (a bulk hide) or another one (an import's bulk writer, another
// process), so a cached answer is never stale.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { databaseFilePath } from "@/lib/database-url";
import { db } from "@/lib/db";
import { getTimelineFacets } from "@/lib/timeline/get-timeline-facets";
import { hideTimelineEvents } from "@/lib/timeline/hide-timeline-events";
import { importEvidence } from "@/lib/evidence/import-evidence";
import { listTimelineEvents } from "@/lib/timeline/list-timeline-events";
import { makeIncident, makeUser } from "./factories";

function logText(count: number, service: string): string {
  const start = Date.parse("2026-03-14T00:00:00Z");
  return Array.from(
    { length: count },
    (_, i) =>
      `ts=${new Date(start + i * 1000).toISOString()} level=info svc=${service} msg="e ${i}"`,
  ).join("\n");
}

const window = { offset: 0, limit: 50 };

describe("timeline under load", () => {
  it("counts the default view from a covering index", async () => {
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN SELECT COUNT(*) FROM "TimelineEvent" WHERE "incidentId" = 'x' AND "deletedAt" IS NULL AND "isHidden" = 0`,
    );
    expect(plan.map((row) => row.detail).join(" ")).toMatch(/COVERING INDEX/);
  });

  it("shares one answer between requests until the data changes", async () => {
    const member = await makeUser("member");
    const reference = await makeIncident(member);
    await importEvidence(member, reference, {
      sources: [{ name: "a.log", text: logText(120, "api") }],
    });

    const first = await listTimelineEvents(member, reference, {}, window);
    const again = await listTimelineEvents(member, reference, {}, window);
    expect(first.total).toBe(120);
    // The same rows object: nothing was recomputed.
    expect(again.rows).toBe(first.rows);
    const facets = await getTimelineFacets(member, reference);
    expect(await getTimelineFacets(member, reference)).toBe(facets);

    // A change through the app's own connection.
    await hideTimelineEvents(member, reference, { service: "api", text: "e 1" }, true);
    const afterHide = await listTimelineEvents(member, reference, {}, window);
    expect(afterHide.rows).not.toBe(first.rows);
    expect(afterHide.total).toBe(120 - 31); // "e 1", "e 10".."e 19", "e 100".."e 119"
    expect((await getTimelineFacets(member, reference)).hiddenCount).toBe(31);

    // A change through the import's own connection.
    await importEvidence(member, reference, {
      sources: [{ name: "b.log", text: logText(5, "db") }],
    });
    expect((await listTimelineEvents(member, reference, {}, window)).total).toBe(120 - 31 + 5);
    expect((await getTimelineFacets(member, reference)).services.map((s) => s.name)).toEqual([
      "api",
      "db",
    ]);

    // A change by another process.
    const other = new Database(databaseFilePath(process.env.DATABASE_URL ?? ""));
    other.prepare(`UPDATE "TimelineEvent" SET "isHidden" = 1 WHERE "service" = 'db'`).run();
    other.close();
    expect((await listTimelineEvents(member, reference, {}, window)).total).toBe(120 - 31);
  });
});
