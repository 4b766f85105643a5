// Similar incidents, themes and trends with two accounts: a restricted incident shapes
// none of them for someone outside it, and does for its participants and admins.
import { describe, expect, it } from "vitest";
import { createManualEvent } from "@/lib/timeline/create-manual-event";
import { findSimilarIncidents } from "@/lib/insights/find-similar-incidents";
import { getTrends } from "@/lib/insights/get-trends";
import { listThemes } from "@/lib/insights/list-themes";
import { createNote } from "@/lib/mental-models/notes/create-note";
import { makeIncident, makeUser } from "./factories";

const doc = (text: string) =>
  JSON.stringify({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });

describe("similar incidents", () => {
  it("never include a restricted incident for someone who may not see it", async () => {
    const owner = await makeUser();
    const outsider = await makeUser();
    const admin = await makeUser("admin");
    const shared = {
      services: ["quasar-gateway"],
      tags: ["quasar-tag"],
      contributingFactors: ["The quasar gateway dropped half its connections during failover."],
    };
    const open = await makeIncident(owner, { ...shared, title: "Open quasar incident" });
    const secret = await makeIncident(owner, {
      ...shared,
      title: "Secret quasar incident",
      visibility: "restricted",
    });
    const openToo = await makeIncident(outsider, { ...shared, title: "Another quasar incident" });

    const forOutsider = await findSimilarIncidents(outsider, open);
    expect(forOutsider.map((entry) => entry.reference)).toEqual([openToo]);
    expect(forOutsider[0]?.sharedServices).toEqual(["quasar-gateway"]);
    expect(forOutsider[0]?.sharedTags).toEqual(["quasar-tag"]);
    expect(forOutsider[0]?.sharedTerms).toContain("connections");

    for (const person of [owner, admin]) {
      const references = (await findSimilarIncidents(person, open)).map((entry) => entry.reference);
      expect(references).toContain(secret);
      expect(references).toContain(openToo);
    }
    // The restricted incident's own page is a 404 for the outsider, similar incidents too.
    await expect(findSimilarIncidents(outsider, secret)).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("themes", () => {
  it("leave a restricted incident's factors, surprises and lucky notes out for others", async () => {
    const owner = await makeUser();
    const outsider = await makeUser();
    const admin = await makeUser("admin");
    await makeIncident(owner, {
      contributingFactors: ["Marmalade cache entries expired together."],
      luckyNotes: ["The tangerine replica was already warm."],
    });
    await makeIncident(outsider, {
      contributingFactors: ["The marmalade cache had no jitter on expiry."],
    });
    const secret = await makeIncident(owner, {
      visibility: "restricted",
      contributingFactors: ["Marmalade cache stampede after the deploy."],
      luckyNotes: ["A tangerine replica happened to be running."],
    });
    // A surprise key moment and a note's "what surprised me" on the restricted incident.
    const event = await createManualEvent(owner, secret, {
      values: {
        time: "2026-03-14T09:00:00Z",
        message: "Marmalade cache keys all shared one expiry",
        service: "",
        keyMoment: "surprise",
        keyMomentNote: "",
      },
    });
    expect(event.status).toBe("saved");
    const note = await createNote(owner, secret, {
      kind: "own",
      subjectId: null,
      visibility: "incident",
      values: {
        anchorEventId: null,
        anchorTime: "2026-03-14T09:05",
        timeZone: "UTC",
        sections: {
          noticed: "",
          thought: "",
          did: "",
          unknown: "",
          surprised: doc("The tangerine replica took all the reads."),
        },
        learnedLater: false,
      },
    });
    expect(note.status).toBe("saved");

    const marmalade = (view: Awaited<ReturnType<typeof listThemes>>) =>
      view.themes.find((theme) => theme.label.includes("marmalade"));
    const tangerine = (view: Awaited<ReturnType<typeof listThemes>>) =>
      view.themes.find((theme) => theme.label.includes("tangerine"));

    const outsiderView = await listThemes(outsider);
    expect(marmalade(outsiderView)?.notes).toHaveLength(2);
    expect(marmalade(outsiderView)?.incidents.map((entry) => entry.reference)).not.toContain(
      secret,
    );
    expect(JSON.stringify(outsiderView)).not.toContain("stampede");
    // Only the restricted incident shares "tangerine" with an open one: no theme at all.
    expect(tangerine(outsiderView)).toBeUndefined();

    for (const person of [owner, admin]) {
      const view = await listThemes(person);
      expect(
        marmalade(view)
          ?.notes.map((entry) => entry.kind)
          .sort(),
      ).toEqual(["factor", "factor", "factor", "surprise"]);
      expect(marmalade(view)?.incidents.map((entry) => entry.reference)).toContain(secret);
      expect(
        tangerine(view)
          ?.notes.map((entry) => entry.kind)
          .sort(),
      ).toEqual(["lucky", "lucky", "surprise"]);
    }
    const surprisesOnly = await listThemes(owner, "surprise");
    expect(
      surprisesOnly.themes.flatMap((theme) => theme.notes.map((entry) => entry.kind)),
    ).not.toContain("factor");
  });
});

describe("trends", () => {
  it("count a restricted incident only for those who may see it", async () => {
    const owner = await makeUser();
    const outsider = await makeUser();
    const now = new Date("2026-06-15T12:00:00Z");
    const common = {
      severity: "SEV1" as const,
      timeZone: "UTC",
      startedAt: "2026-06-01T10:00",
      detectedAt: "2026-06-01T10:20",
      services: ["trend-svc-open"],
    };
    await makeIncident(owner, {
      ...common,
      actionItems: [
        { title: "Add a budget", ownerId: null, dueDate: "", status: "done", trackerUrl: "" },
      ],
    });
    await makeIncident(owner, {
      ...common,
      visibility: "restricted",
      detectedAt: "2026-06-01T12:00",
      services: ["trend-svc-secret", "trend-svc-open"],
      actionItems: [
        { title: "Secret action", ownerId: null, dueDate: "", status: "open", trackerUrl: "" },
      ],
    });

    const june = (view: Awaited<ReturnType<typeof getTrends>>) =>
      view.trends.severity.find((month) => month.month === "2026-06");
    const forOutsider = await getTrends(outsider, "12", "UTC", now);
    const forOwner = await getTrends(owner, "12", "UTC", now);

    expect(forOwner.visibleTotal).toBe(forOutsider.visibleTotal + 1);
    expect(forOwner.trends.incidentCount).toBe(forOutsider.trends.incidentCount + 1);
    expect(june(forOwner)?.counts.SEV1).toBe((june(forOutsider)?.counts.SEV1 ?? 0) + 1);
    expect(forOutsider.services.map((entry) => entry.name)).not.toContain("trend-svc-secret");
    expect(forOwner.services.map((entry) => entry.name)).toContain("trend-svc-secret");
    const openCount = (view: Awaited<ReturnType<typeof getTrends>>) =>
      view.services.find((entry) => entry.name === "trend-svc-open")?.incidents;
    expect(openCount(forOwner)).toBe((openCount(forOutsider) ?? 0) + 1);

    const juneItems = (view: Awaited<ReturnType<typeof getTrends>>) =>
      view.trends.actionItems.find((month) => month.month === "2026-06");
    expect(juneItems(forOwner)?.opened).toBe((juneItems(forOutsider)?.opened ?? 0) + 1);
    expect(juneItems(forOwner)?.done).toBe(juneItems(forOutsider)?.done);

    // The restricted incident took 120 minutes to detect; the open one 20.
    const juneDurations = (view: Awaited<ReturnType<typeof getTrends>>) =>
      view.trends.durations.find((month) => month.month === "2026-06");
    expect(juneDurations(forOutsider)?.p90.detect).toBe(20);
    expect(juneDurations(forOwner)?.p90.detect).toBe(110);
    expect(forOutsider.trends.months).toHaveLength(12);
    expect(forOutsider.trends.months.at(-1)).toBe("2026-06");
  });
});
