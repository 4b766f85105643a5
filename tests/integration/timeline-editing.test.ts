import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createManualEvent } from "@/lib/timeline/create-manual-event";
import { findTimelinePosition } from "@/lib/timeline/find-timeline-position";
import { getTimelineEvent } from "@/lib/timeline/get-timeline-event";
import { getTimelineFacets } from "@/lib/timeline/get-timeline-facets";
import { getTraceAnalysis } from "@/lib/traces/get-trace-analysis";
import { hideTimelineEvents } from "@/lib/timeline/hide-timeline-events";
import { importEvidence } from "@/lib/evidence/import-evidence";
import { listExportRows } from "@/lib/timeline/list-export-rows";
import { listTimelineEvents } from "@/lib/timeline/list-timeline-events";
import { previewEvidence } from "@/lib/evidence/preview-evidence";
import { setTimelineEventDeleted } from "@/lib/timeline/set-event-deleted";
import { updateTimelineEvent } from "@/lib/timeline/update-timeline-event";
import { makeIncident, makeUser } from "./factories";

const LOG = [
  'ts=2026-03-14T09:10:05Z level=info svc=flagd msg="flag enabled"',
  'ts=2026-03-14T09:11:40Z level=error svc=payments-api msg="pool timeout"',
  'ts=2026-03-14T09:12:00Z level=debug svc=flagd msg="heartbeat"',
].join("\n");

const values = (overrides: Record<string, unknown> = {}) => ({
  time: "2026-03-14T09:11:40.000Z",
  message: "pool timeout",
  service: "payments-api",
  keyMoment: null,
  keyMomentNote: "",
  ...overrides,
});

async function incidentWithEvents() {
  const user = await makeUser();
  const reference = await makeIncident(user);
  await importEvidence(user, reference, { sources: [{ name: "flags.log", text: LOG }] });
  const list = await listTimelineEvents(user, reference, {}, { offset: 0, limit: 10 });
  return { user, reference, rows: list.rows };
}

describe("editing timeline events", () => {
  it("saves with the current version, keeps the original, and answers a stale save with a conflict", async () => {
    const { user, reference, rows } = await incidentWithEvents();
    const other = await makeUser("member", "Other Person");
    const event = rows[1];
    if (!event) throw new Error("missing event");

    const first = await updateTimelineEvent(user, reference, {
      eventId: event.id,
      baseVersion: event.version,
      values: values({
        message: "connection pool exhausted",
        keyMoment: "detection",
        keyMomentNote: "first alert",
      }),
    });
    expect(first).toMatchObject({ status: "saved", version: event.version + 1 });

    const stale = await updateTimelineEvent(other, reference, {
      eventId: event.id,
      baseVersion: event.version,
      values: values({ service: "ledger-db" }),
    });
    expect(stale).toMatchObject({
      status: "conflict",
      theirs: { message: "connection pool exhausted", keyMoment: "detection" },
    });

    const detail = await getTimelineEvent(user, reference, event.id);
    expect(detail.message).toBe("connection pool exhausted");
    expect(detail.originalMessage).toBe("pool timeout");
    expect(detail.service).toBe("payments-api");
    expect(detail.keyMomentNote).toBe("first alert");
    const history = await db.auditEntry.count({ where: { action: "timeline.event_updated" } });
    expect(history).toBeGreaterThan(0);
  });

  it("adds manual events with their author, and exports key moments with notes", async () => {
    const { user, reference } = await incidentWithEvents();
    const created = await createManualEvent(user, reference, {
      values: {
        ...values({
          message: "Bob flips the flag back",
          keyMoment: "repair",
          keyMomentNote: "rollback",
        }),
        time: "2026-03-14T09:31:00Z",
      },
    });
    expect(created.status).toBe("saved");
    if (created.status !== "saved") return;
    const detail = await getTimelineEvent(user, reference, created.eventId);
    expect(detail.isManual).toBe(true);
    expect(detail.authorName).toBe(user.name);
    const exported = await listExportRows(user, reference);
    expect(exported.rows.at(-1)).toMatchObject({
      keyMoment: "Repair",
      keyMomentNote: "rollback",
      isManual: true,
    });
    expect(await findTimelinePosition(user, reference, {}, new Date("2026-03-14T09:11:00Z"))).toBe(
      1,
    );
  });

  it("soft-deletes and restores, and hides noise in bulk by filter", async () => {
    const { user, reference, rows } = await incidentWithEvents();
    const event = rows[0];
    if (!event) throw new Error("missing event");
    await setTimelineEventDeleted(user, reference, event.id, true);
    expect((await listTimelineEvents(user, reference, {}, { offset: 0, limit: 10 })).total).toBe(2);
    const bin = await listTimelineEvents(
      user,
      reference,
      { isDeletedView: true },
      { offset: 0, limit: 10 },
    );
    expect(bin.rows.map((row) => row.id)).toEqual([event.id]);
    await setTimelineEventDeleted(user, reference, event.id, false);
    expect((await listTimelineEvents(user, reference, {}, { offset: 0, limit: 10 })).total).toBe(3);

    const hidden = await hideTimelineEvents(user, reference, { level: "debug" }, true);
    expect(hidden.count).toBe(1);
    expect((await listTimelineEvents(user, reference, {}, { offset: 0, limit: 10 })).total).toBe(2);
    await expect(hideTimelineEvents(user, reference, {}, true)).rejects.toMatchObject({
      code: "invalid_input",
    });
  });
});

describe("timeline access", () => {
  it("answers not_found for every function on a restricted incident the caller cannot see", async () => {
    const owner = await makeUser();
    const outsider = await makeUser();
    const reference = await makeIncident(owner, { visibility: "restricted" });
    await importEvidence(owner, reference, { sources: [{ name: "flags.log", text: LOG }] });
    const rows = (await listTimelineEvents(owner, reference, {}, { offset: 0, limit: 10 })).rows;
    const eventId = rows[0]?.id ?? "";
    const evidence = { sources: [{ name: "x.log", text: LOG }] };
    const attempts: Promise<unknown>[] = [
      importEvidence(outsider, reference, evidence),
      previewEvidence(outsider, reference, evidence),
      listTimelineEvents(outsider, reference, {}, { offset: 0, limit: 10 }),
      findTimelinePosition(outsider, reference, {}, new Date()),
      getTimelineFacets(outsider, reference),
      getTimelineEvent(outsider, reference, eventId),
      getTraceAnalysis(outsider, reference),
      listExportRows(outsider, reference),
      updateTimelineEvent(outsider, reference, { eventId, baseVersion: 1, values: values() }),
      createManualEvent(outsider, reference, { values: values() }),
      hideTimelineEvents(outsider, reference, { level: "debug" }, true),
      setTimelineEventDeleted(outsider, reference, eventId, true),
      setTimelineEventDeleted(outsider, reference, eventId, false),
    ];
    for (const attempt of attempts)
      await expect(attempt).rejects.toMatchObject({ code: "not_found" });
    // An event id from another incident is not found through a visible one either.
    const ownReference = await makeIncident(outsider);
    await expect(getTimelineEvent(outsider, ownReference, eventId)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      setTimelineEventDeleted(outsider, ownReference, eventId, true),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("lets viewers read but not change the timeline", async () => {
    const { reference, rows } = await incidentWithEvents();
    const viewer = await makeUser("viewer");
    expect((await listTimelineEvents(viewer, reference, {}, { offset: 0, limit: 10 })).total).toBe(
      3,
    );
    await expect(
      setTimelineEventDeleted(viewer, reference, rows[0]?.id ?? "", true),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
