import { describe, expect, it } from "vitest";
import { findIncidentsForUser } from "@/lib/incidents/find-incidents-for-user";
import { getIncidentForUser } from "@/lib/incidents/get-incident";
import { parseLibraryFilters } from "@/lib/incidents/library-filters";
import { listIncidentHistory } from "@/lib/incidents/list-incident-history";
import { updateIncident } from "@/lib/incidents/update-incident";
import { incidentValues, makeIncident, makeUser } from "./factories";

describe("restricted incidents", () => {
  it("are invisible to non-participants: read, write, history, list, counts and facets", async () => {
    const owner = await makeUser();
    const outsider = await makeUser();
    const service = `vault-${Date.now()}`;
    const reference = await makeIncident(owner, {
      visibility: "restricted",
      services: [service],
      tags: ["secret-tag"],
    });

    await expect(getIncidentForUser(outsider, reference, "UTC")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(listIncidentHistory(outsider, reference)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      updateIncident(outsider, reference, { baseVersion: 1, values: incidentValues() }),
    ).rejects.toMatchObject({ code: "not_found" });
    // Same answer as for an incident that does not exist at all.
    await expect(getIncidentForUser(outsider, "INC-999999", "UTC")).rejects.toMatchObject({
      code: "not_found",
    });

    const outsiderView = await findIncidentsForUser(outsider, parseLibraryFilters({}));
    expect(outsiderView.incidents.map((incident) => incident.reference)).not.toContain(reference);
    expect(outsiderView.services.map((entry) => entry.name)).not.toContain(service);
    expect(outsiderView.tags.map((entry) => entry.name)).not.toContain("secret-tag");
    const ownerView = await findIncidentsForUser(owner, parseLibraryFilters({}));
    expect(ownerView.visibleTotal).toBe(outsiderView.visibleTotal + 1);
    expect(ownerView.statusCounts.draft).toBe((outsiderView.statusCounts.draft ?? 0) + 1);
    expect((await findIncidentsForUser(outsider, parseLibraryFilters({ service }))).total).toBe(0);
  });

  it("are visible to participants and admins", async () => {
    const owner = await makeUser();
    const participant = await makeUser();
    const admin = await makeUser("admin");
    const reference = await makeIncident(owner, {
      visibility: "restricted",
      participants: [{ userId: participant.id, role: "observer" }],
    });
    expect((await getIncidentForUser(participant, reference, "UTC")).reference).toBe(reference);
    expect((await getIncidentForUser(admin, reference, "UTC")).reference).toBe(reference);
    const adminList = await findIncidentsForUser(admin, parseLibraryFilters({}));
    expect(adminList.incidents.map((incident) => incident.reference)).toContain(reference);
  });
});

describe("workspace roles", () => {
  it("lets viewers read but not change incidents", async () => {
    const member = await makeUser();
    const viewer = await makeUser("viewer");
    const reference = await makeIncident(member);
    const view = await getIncidentForUser(viewer, reference, "UTC");
    expect(view.canEdit).toBe(false);
    await expect(
      updateIncident(viewer, reference, { baseVersion: 1, values: incidentValues() }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("library filters", () => {
  it("filters by status, severity, service, tag and text", async () => {
    const user = await makeUser();
    const marker = `m${Date.now()}`;
    const match = await makeIncident(user, {
      title: `Pool ${marker}`,
      severity: "SEV1",
      status: "in_review",
      services: [`svc-${marker}`],
      tags: [`tag-${marker}`],
    });
    await makeIncident(user, {
      title: `Other ${marker}`,
      severity: "SEV4",
      services: [`svc-${marker}`],
    });
    const find = async (filters: Record<string, string>) =>
      (await findIncidentsForUser(user, parseLibraryFilters(filters))).incidents.map(
        (incident) => incident.reference,
      );
    expect(await find({ service: `svc-${marker}`, severity: "SEV1" })).toEqual([match]);
    expect(await find({ tag: `tag-${marker}` })).toEqual([match]);
    expect(await find({ q: `Pool ${marker}` })).toEqual([match]);
    expect(await find({ service: `svc-${marker}`, status: "in_review" })).toEqual([match]);
    expect((await find({ service: `svc-${marker}` })).length).toBe(2);
  });
});
