import { describe, expect, it } from "vitest";
// @ts-expect-error -- next.config.js is plain JavaScript, without a declaration file.
import nextConfig from "@/next.config.js";
import { emptyIncidentInput, incidentInputSchema } from "@/lib/incidents/schema";
import {
  INCIDENT_BODY_MAX_BYTES,
  INCIDENT_BODY_MAX_LABEL,
  LIST_ENTRY_MAX_CHARACTERS,
  LONG_TEXT_MAX_CHARACTERS,
  NARRATIVE_MAX_CHARACTERS,
} from "@/lib/input-limits";

describe("one limit for the form's save and PUT", () => {
  it("server actions accept the same body size as PUT", () => {
    const limit = (nextConfig as { experimental?: { serverActions?: { bodySizeLimit?: string } } })
      .experimental?.serverActions?.bodySizeLimit;
    expect(limit).toBe(INCIDENT_BODY_MAX_LABEL);
    expect(INCIDENT_BODY_MAX_LABEL).toBe(`${INCIDENT_BODY_MAX_BYTES / 1024 / 1024}mb`);
  });

  it("the largest valid incident fits in that body", () => {
    // Every field at its limit, in characters that take three UTF-8 bytes and, for the
    // narrative (a JSON string sent inside JSON), the escaping of its quotes.
    const wide = "€";
    const narrativeText = wide.repeat(NARRATIVE_MAX_CHARACTERS - 100);
    const narrative = JSON.stringify({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: narrativeText }] }],
    }).slice(0, NARRATIVE_MAX_CHARACTERS);
    const input = {
      ...emptyIncidentInput("UTC"),
      title: "x",
      impact: wide.repeat(LONG_TEXT_MAX_CHARACTERS),
      summary: wide.repeat(LONG_TEXT_MAX_CHARACTERS),
      contributingFactors: Array.from({ length: 50 }, () => wide.repeat(LIST_ENTRY_MAX_CHARACTERS)),
      luckyNotes: Array.from({ length: 50 }, () => wide.repeat(LIST_ENTRY_MAX_CHARACTERS)),
      narrative,
    };
    expect(incidentInputSchema.safeParse(input).success).toBe(true);
    const bytes = Buffer.byteLength(
      JSON.stringify({ reference: "INC-1", baseVersion: 1, values: input }),
    );
    expect(bytes).toBeLessThan(INCIDENT_BODY_MAX_BYTES);
  });
});
