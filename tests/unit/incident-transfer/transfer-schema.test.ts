// The "debrief.incident" file format: what it accepts, and how it says what does not fit.
import { describe, expect, it } from "vitest";
import {
  describeTransferIssues,
  incidentTransferSchema,
  transferKindSchema,
} from "@/lib/incident-transfer/transfer-schema";

const person = { name: "Dana Okafor", email: "dana@example.test" };
const minimal = {
  format: "debrief.incident",
  version: 1,
  exportedAt: "2026-03-20T10:00:00.000Z",
  origin: { reference: "INC-7", exportedBy: person },
  incident: {
    title: "Checkout failures",
    severity: "SEV2",
    status: "draft",
    visibility: "workspace",
    timeZone: null,
    startedAt: "2026-03-14T09:10:00.000Z",
    detectedAt: null,
    mitigatedAt: null,
    resolvedAt: null,
    services: [],
    tags: [],
    impact: "",
    summary: "",
    narrative: null,
    contributingFactors: [],
    luckyNotes: [],
  },
  participants: [{ person, role: "facilitator" }],
  actionItems: [],
  evidenceSources: [],
  traceSpans: [],
  timelineEvents: [],
  notes: [],
  diagrams: [],
  history: [],
};

describe("incident transfer schema", () => {
  it("accepts a minimal export", () => {
    expect(incidentTransferSchema.safeParse(minimal).success).toBe(true);
  });

  it.each([
    [{ ...minimal, format: "other" }, /not a Debrief incident export/],
    [{ ...minimal, version: 2 }, /reads version 1/],
    ["a string", /JSON object/],
  ])("tells another kind of file apart in one sentence", (input, message) => {
    const parsed = transferKindSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeTransferIssues(parsed.error, 1)[0]).toMatch(message);
  });

  it("names each problem by its path, and counts the rest", () => {
    const broken = {
      ...minimal,
      incident: { ...minimal.incident, severity: "SEV9", startedAt: "last Tuesday" },
      participants: [{ person: { name: "", email: "x" }, role: "boss" }],
    };
    const parsed = incidentTransferSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const lines = describeTransferIssues(parsed.error, 2);
    expect(lines[0]).toMatch(/^incident\.severity: /);
    expect(lines[1]).toMatch(/^incident\.startedAt: Use an ISO time/);
    expect(lines[2]).toBe("…and 2 more problems.");
  });

  it("refuses keys that are not file keys", () => {
    const withEvent = {
      ...minimal,
      notes: [
        {
          author: person,
          subject: person,
          kind: "own",
          visibility: "incident",
          calibratedAt: null,
          anchorEvent: "../etc",
          anchorTime: "2026-03-14T09:10:00.000Z",
          sections: {},
          learnedLater: false,
          version: 1,
          createdAt: "2026-03-14T09:10:00.000Z",
          updatedAt: "2026-03-14T09:10:00.000Z",
        },
      ],
    };
    expect(incidentTransferSchema.safeParse(withEvent).success).toBe(false);
  });
});
