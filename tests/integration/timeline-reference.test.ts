import { describe, expect, it } from "vitest";
import { previewEvidence } from "@/lib/evidence/preview-evidence";
import { makeIncident, makeUser } from "./factories";

// RFC 3164 lines carry no year: it must come from the incident, not from today.
const SYSLOG = "<134>Dec 31 23:59:58 db-01 app[1]: last write of the year\n";

describe("year-less evidence", () => {
  it("resolves against the incident's end when no reference date is given", async () => {
    const user = await makeUser();
    const reference = await makeIncident(user, {
      startedAt: "2024-12-31T23:00",
      resolvedAt: "2025-01-01T01:00",
    });
    const preview = await previewEvidence(user, reference, {
      sources: [{ name: "syslog", text: SYSLOG }],
    });
    expect(preview.sources[0]?.first).toMatch(/^2024-12-31T23:59:58/);
  });

  it("uses the reference date the person set instead", async () => {
    const user = await makeUser();
    const reference = await makeIncident(user, { startedAt: "2024-12-31T23:00" });
    const preview = await previewEvidence(user, reference, {
      sources: [{ name: "syslog", text: SYSLOG, options: { reference: "2021-06-01T00:00:00Z" } }],
    });
    expect(preview.sources[0]?.first).toMatch(/^2020-12-31T23:59:58/);
  });
});
