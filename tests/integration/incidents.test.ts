import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createIncident } from "@/lib/incidents/create-incident";
import { getIncidentForUser } from "@/lib/incidents/get-incident";
import { listIncidentHistory } from "@/lib/incidents/list-incident-history";
import { NARRATIVE_IS_CO_EDITED, updateIncident } from "@/lib/incidents/update-incident";
import { incidentValues, makeIncident, makeUser } from "./factories";

describe("creating incidents", () => {
  it("numbers incidents in sequence and makes the creator the facilitator", async () => {
    const user = await makeUser();
    const first = await makeIncident(user);
    const second = await makeIncident(user);
    expect(Number(second.slice(4))).toBe(Number(first.slice(4)) + 1);
    const view = await getIncidentForUser(user, second, "UTC");
    expect(view.values.participants).toEqual([{ userId: user.id, role: "facilitator" }]);
    expect(view.version).toBe(1);
  });

  it("stores times in UTC from the editor's zone and shows them in the viewer's", async () => {
    const user = await makeUser();
    const reference = await makeIncident(user, {
      timeZone: "America/New_York",
      startedAt: "2026-03-14T05:10",
    });
    const row = await db.incident.findFirstOrThrow({
      where: { number: Number(reference.slice(4)) },
    });
    expect(row.startedAt?.toISOString()).toBe("2026-03-14T09:10:00.000Z");
    const inBerlin = await getIncidentForUser(user, reference, "Europe/Berlin");
    expect(inBerlin.values.startedAt).toBe("2026-03-14T10:10");
  });

  it("answers field errors, in the form's shape, for invalid input", async () => {
    const user = await makeUser();
    const result = await createIncident(
      user,
      incidentValues({
        title: "  ",
        actionItems: [
          { title: "", ownerId: null, dueDate: "soon", status: "open", trackerUrl: "" },
        ],
      }),
    );
    expect(result.status).toBe("invalid");
    if (result.status !== "invalid") return;
    expect(result.fieldErrors.title).toEqual(["Give the incident a title."]);
    expect(Object.keys(result.fieldErrors)).toEqual(
      expect.arrayContaining(["actionItems.0.title", "actionItems.0.dueDate"]),
    );
  });

  it("rejects participants and owners that are not active accounts", async () => {
    const user = await makeUser();
    const result = await createIncident(
      user,
      incidentValues({ participants: [{ userId: "missing", role: "observer" }] }),
    );
    expect(result.status).toBe("invalid");
    if (result.status === "invalid")
      expect(result.fieldErrors["participants.1.userId"]).toBeDefined();
  });

  it("does not let viewers create incidents", async () => {
    const viewer = await makeUser("viewer");
    await expect(createIncident(viewer, incidentValues())).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("saving over a version", () => {
  it("saves on the current version, bumps it and records what changed", async () => {
    const user = await makeUser("member", "Grace");
    const reference = await makeIncident(user);
    const result = await updateIncident(user, reference, {
      baseVersion: 1,
      values: incidentValues({
        title: "Ledger pool exhausted",
        contributingFactors: ["Retries tripled load", "  "],
        participants: [{ userId: user.id, role: "facilitator" }],
      }),
    });
    expect(result).toMatchObject({ status: "saved", version: 2 });
    const view = await getIncidentForUser(user, reference, "UTC");
    expect(view.values.contributingFactors).toEqual(["Retries tripled load"]);
    const [latest] = await listIncidentHistory(user, reference);
    expect(latest?.actorName).toBe("Grace");
    expect(latest?.changes.title?.to).toBe("Ledger pool exhausted");
    expect(latest?.changes.contributingFactors).toEqual({ from: [], to: ["Retries tripled load"] });
  });

  it("returns a conflict with the newer version instead of overwriting it", async () => {
    const alice = await makeUser("member", "Alice");
    const bob = await makeUser("member", "Bob");
    const reference = await makeIncident(alice);
    const participants = [{ userId: alice.id, role: "facilitator" as const }];
    const first = await updateIncident(alice, reference, {
      baseVersion: 1,
      values: incidentValues({ title: "Alice's title", participants }),
    });
    expect(first.status).toBe("saved");
    const second = await updateIncident(bob, reference, {
      baseVersion: 1,
      values: incidentValues({ title: "Bob's title", participants }),
    });
    expect(second).toMatchObject({ status: "conflict", version: 2, updatedBy: "Alice" });
    if (second.status === "conflict") expect(second.theirs.title).toBe("Alice's title");
    const view = await getIncidentForUser(alice, reference, "UTC");
    expect(view.values.title).toBe("Alice's title");
    expect(view.version).toBe(2);
  });

  it("leaves the co-edited narrative alone: omitted or unchanged saves, different is refused", async () => {
    const user = await makeUser();
    const narrative = JSON.stringify({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Told live" }] }],
    });
    const reference = await makeIncident(user, { narrative });
    const participants = [{ userId: user.id, role: "facilitator" as const }];
    const { narrative: _left, ...withoutNarrative } = incidentValues({
      title: "One",
      participants,
    });
    const omitted = await updateIncident(user, reference, {
      baseVersion: 1,
      values: withoutNarrative,
    });
    expect(omitted).toMatchObject({ status: "saved", version: 2 });
    const unchanged = await updateIncident(user, reference, {
      baseVersion: 2,
      values: incidentValues({ title: "Two", participants, narrative }),
    });
    expect(unchanged).toMatchObject({ status: "saved", version: 3 });
    const different = await updateIncident(user, reference, {
      baseVersion: 3,
      values: incidentValues({ title: "Three", participants, narrative: "" }),
    });
    expect(different).toMatchObject({
      status: "invalid",
      fieldErrors: { narrative: [NARRATIVE_IS_CO_EDITED] },
    });
    const view = await getIncidentForUser(user, reference, "UTC");
    expect(view.values.narrative).toBe(narrative);
    expect(view.values.title).toBe("Two");
  });

  it("lets exactly one of two simultaneous saves on the same version win", async () => {
    const user = await makeUser();
    const reference = await makeIncident(user);
    const participants = [{ userId: user.id, role: "facilitator" as const }];
    const results = await Promise.all(
      ["One", "Two"].map((title) =>
        updateIncident(user, reference, {
          baseVersion: 1,
          values: incidentValues({ title, participants }),
        }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual(["conflict", "saved"]);
  });

  it("keeps the editor listed when they restrict an incident", async () => {
    const user = await makeUser();
    const reference = await makeIncident(user);
    const result = await updateIncident(user, reference, {
      baseVersion: 1,
      values: incidentValues({ visibility: "restricted", participants: [] }),
    });
    expect(result.status).toBe("saved");
    const view = await getIncidentForUser(user, reference, "UTC");
    expect(view.values.participants.map((participant) => participant.userId)).toEqual([user.id]);
  });

  it("keeps the restricting person and the creator listed, admins included", async () => {
    const creator = await makeUser();
    const admin = await makeUser("admin");
    const reference = await makeIncident(creator);
    const result = await updateIncident(admin, reference, {
      baseVersion: 1,
      values: incidentValues({ visibility: "restricted", participants: [] }),
    });
    expect(result.status).toBe("saved");
    const view = await getIncidentForUser(creator, reference, "UTC");
    expect(view.values.participants.map((participant) => participant.userId).sort()).toEqual(
      [creator.id, admin.id].sort(),
    );
  });

  it("never leaves a restricted incident with no participant", async () => {
    const creator = await makeUser();
    const admin = await makeUser("admin");
    const reference = await makeIncident(creator, { visibility: "restricted" });
    const result = await updateIncident(admin, reference, {
      baseVersion: 1,
      values: incidentValues({ visibility: "restricted", participants: [] }),
    });
    expect(result.status).toBe("saved");
    const row = await db.incident.findFirstOrThrow({
      where: { number: Number(reference.slice(4)) },
      select: { _count: { select: { participants: true } } },
    });
    expect(row._count.participants).toBeGreaterThan(0);
  });
});
