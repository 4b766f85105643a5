// Every assumption the engine can flag has words for the event panel: a new flag without
// them would show its raw id ("zone-assumed") to people.
import { describe, expect, it } from "vitest";
import { FLAG_ORDER } from "@/lib/ingest/event";
import { FLAG_DESCRIPTIONS, describeFlag } from "@/lib/timeline/source-chip";

describe("flag descriptions", () => {
  it("describes every flag the engine writes", () => {
    for (const flag of FLAG_ORDER) {
      expect(FLAG_DESCRIPTIONS[flag], flag).toBeDefined();
      expect(describeFlag(flag).label).not.toBe(flag);
      expect(describeFlag(flag).detail.length).toBeGreaterThan(20);
    }
  });

  it("still reads an unknown flag as words", () => {
    expect(describeFlag("made-up-flag")).toEqual({ label: "made up flag", detail: "" });
  });
});
