// The timeline's sources as the list's legend sees them: what reading each assumed, once,
// and the incident's start for "Jump to" (issue #17).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getTimelineFacets } from "@/lib/timeline/get-timeline-facets";
import { importEvidence } from "@/lib/evidence/import-evidence";
import { makeIncident, makeUser } from "./factories";

// Stamps without a zone or a year.
const LOG = [
  "Mar 14 09:10:05 db1 postgres[12]: checkpoint starting",
  "Mar 14 09:11:40 db1 postgres[12]: connection limit reached",
].join("\n");

describe("timeline source facets", () => {
  it("lists each source's assumptions once; a zone the person chose is not assumed", async () => {
    const user = await makeUser();
    const reference = await makeIncident(user);
    await importEvidence(user, reference, {
      sources: [
        { name: "guessed.log", text: LOG },
        { name: "chosen.log", text: LOG, options: { zone: "Europe/Paris" } },
      ],
    });
    const { sources, incidentStart } = await getTimelineFacets(user, reference);
    const guessed = sources.find((source) => source.name === "guessed.log");
    const chosen = sources.find((source) => source.name === "chosen.log");
    expect(guessed?.zone).toBeNull();
    expect(guessed?.assumptions.some((line) => line.includes("carry no zone"))).toBe(true);
    expect(guessed?.assumptions.some((line) => line.includes("no year"))).toBe(true);
    expect(chosen?.zone).toBe("Europe/Paris");
    expect(chosen?.assumptions.some((line) => line.includes("carry no zone"))).toBe(false);
    expect(chosen?.assumptions.some((line) => line.includes("no year"))).toBe(true);
    expect(incidentStart).toBeNull();
  });

  it("proposes the incident's start once it is set", async () => {
    const user = await makeUser();
    const reference = await makeIncident(user);
    await db.incident.update({
      where: { number: Number(reference.replace("INC-", "")) },
      data: { startedAt: new Date("2026-03-14T09:05:00Z") },
    });
    expect((await getTimelineFacets(user, reference)).incidentStart).toBe(
      "2026-03-14T09:05:00.000Z",
    );
  });
});
