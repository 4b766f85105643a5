import { describe, expect, it } from "vitest";
import { parseLibraryFilters, parseLibraryFiltersStrictly } from "@/lib/incidents/library-filters";
import { formatIncidentReference, parseIncidentReference } from "@/lib/access/incident-reference";
import { emptyIncidentInput, incidentInputSchema } from "@/lib/incidents/schema";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { diffValues } from "@/lib/audit/diff-values";
import { NARRATIVE_MAX_CHARACTERS } from "@/lib/input-limits";
import { safeReturnPath } from "@/lib/safe-return-path";

const valid = { ...emptyIncidentInput("UTC"), title: "Pool exhausted" };

describe("incident input", () => {
  it("accepts a minimal incident and dedupes labels case-insensitively", () => {
    const parsed = incidentInputSchema.parse({
      ...valid,
      services: ["ledger-db", "Ledger-DB", " api "],
      contributingFactors: ["a", " "],
    });
    expect(parsed.services).toEqual(["ledger-db", "api"]);
    expect(parsed.contributingFactors).toEqual(["a"]);
  });

  it.each([
    [{ title: "" }, "title", "Give the incident a title."],
    [{ startedAt: "yesterday" }, "startedAt", "Use a date and time, e.g. 2026-03-14 09:10."],
    // Matched the pattern, then was silently dropped on conversion while the save said "saved".
    [
      { startedAt: "2026-13-45T99:99" },
      "startedAt",
      "That date or time does not exist; use e.g. 2026-03-14 09:10.",
    ],
    [
      { narrative: "x".repeat(NARRATIVE_MAX_CHARACTERS + 1) },
      "narrative",
      "The narrative is too long to save: at most 1,000,000 characters, formatting included.",
    ],
    [{ title: "\u0007\u0000 \n" }, "title", "Give the incident a title."],
    [
      { startedAt: "2026-03-14T09:00", detectedAt: "2026-03-14T08:00" },
      "detectedAt",
      "This is before the incident started.",
    ],
    [{ timeZone: "Nowhere/City" }, "timeZone", "Unknown time zone."],
    [
      {
        participants: [
          { userId: "a", role: "observer" },
          { userId: "a", role: "participant" },
        ],
      },
      "participants.1.userId",
      "Listed twice.",
    ],
    [
      {
        actionItems: [
          {
            title: "x",
            ownerId: null,
            dueDate: "",
            status: "open",
            trackerUrl: "javascript:alert(1)",
          },
        ],
      },
      "actionItems.0.trackerUrl",
      "Use a full http(s) link.",
    ],
  ])("reports %j at %s", (change, field, message) => {
    const result = incidentInputSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)[field]).toEqual([message]);
  });
});

describe("references, filters, diffs and return paths", () => {
  it("parses references case-insensitively and rejects others", () => {
    expect(parseIncidentReference("inc-42")).toBe(42);
    expect(formatIncidentReference(42)).toBe("INC-42");
    for (const bad of ["INC-0", "INC-", "42", "INC-4a", "INC-1234567890"])
      expect(parseIncidentReference(bad)).toBeNull();
  });

  it("ignores unknown filter values instead of failing", () => {
    expect(
      parseLibraryFilters({
        status: "bogus",
        severity: "SEV1",
        sort: "nope",
        service: ["api", "db"],
      }),
    ).toEqual({
      status: undefined,
      severity: "SEV1",
      service: "api",
      tag: undefined,
      q: undefined,
      sort: "updated",
    });
  });

  it("diffs only changed fields", () => {
    expect(diffValues({ a: 1, b: [1], c: "x" }, { a: 1, b: [1, 2], c: "y" }, ["c"])).toEqual({
      b: { from: [1], to: [1, 2] },
    });
  });

  it("only returns to same-site paths", () => {
    expect(safeReturnPath("/incidents/INC-1")).toBe("/incidents/INC-1");
    for (const bad of ["https://evil.test", "//evil.test", "/\\evil.test", undefined])
      expect(safeReturnPath(bad)).toBe("/incidents");
  });
});

describe("library filters from the JSON route", () => {
  it("reads valid filters", () => {
    expect(
      parseLibraryFiltersStrictly(new URLSearchParams("status=draft&severity=SEV1&q=pool")),
    ).toEqual({ status: "draft", severity: "SEV1", q: "pool", sort: "updated" });
  });

  it.each([
    ["status=bogus", /"status" is not valid/],
    ["severity=SEV9", /"severity" is not valid/],
    ["sort=random", /"sort" is not valid/],
    [`q=${"x".repeat(201)}`, /"q" is not valid/],
  ])("refuses %s with a message instead of ignoring it", (query, message) => {
    expect(() => parseLibraryFiltersStrictly(new URLSearchParams(query))).toThrow(message);
  });
});
