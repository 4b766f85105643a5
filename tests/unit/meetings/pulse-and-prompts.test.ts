import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { focusPath, isFocusKind } from "@/lib/meetings/focus-target";
import { focusSchema, pulseSchema } from "@/lib/meetings/meeting-input";
import { summarizePulse } from "@/lib/meetings/pulse-summary";
import { questionPromptsFor } from "@/lib/meetings/question-prompts";

describe("summarizePulse", () => {
  it("gives counts, averages to one decimal and the spread", () => {
    const summary = summarizePulse([
      { learned: 5, attendAgain: 4, comment: "" },
      { learned: 4, attendAgain: 4, comment: "  More time on the timeline  " },
      { learned: 2, attendAgain: 5, comment: "Clear ground rules" },
    ]);
    expect(summary.count).toBe(3);
    expect(summary.learnedAverage).toBe(3.7);
    expect(summary.attendAgainAverage).toBe(4.3);
    expect(summary.learnedSpread).toEqual([0, 1, 0, 1, 1]);
    expect(summary.attendAgainSpread).toEqual([0, 0, 0, 2, 1]);
    expect(summary.comments).toEqual(["Clear ground rules", "More time on the timeline"]);
  });

  it("has no averages when nobody answered", () => {
    expect(summarizePulse([])).toMatchObject({ count: 0, learnedAverage: null, comments: [] });
  });

  it("does not depend on the order people answered in, so order reveals nobody (property)", () => {
    const answer = fc.record({
      learned: fc.integer({ min: 1, max: 5 }),
      attendAgain: fc.integer({ min: 1, max: 5 }),
      comment: fc.string({ maxLength: 20 }),
    });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 12 }), fc.integer(), (answers, seed) => {
        const shuffled = [...answers].sort(
          (a, b) => ((seed ^ (a.learned * 31) ^ b.attendAgain) % 3) - 1,
        );
        expect(summarizePulse(shuffled)).toEqual(summarizePulse(answers));
      }),
    );
  });
});

describe("pulseSchema", () => {
  it("asks for 1 to 5 with a clear message", () => {
    const result = pulseSchema.safeParse({ learned: "", attendAgain: 6 });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages.some((message) => message.includes("Choose 1 to 5"))).toBe(true);
    expect(pulseSchema.parse({ learned: "4", attendAgain: 5 })).toEqual({
      learned: 4,
      attendAgain: 5,
      comment: "",
    });
  });
});

describe("focus targets", () => {
  it("navigates followers to where each kind lives", () => {
    expect(focusPath("INC-7", { kind: "event", id: "e1" })).toBe(
      "/incidents/INC-7/timeline?event=e1",
    );
    expect(focusPath("INC-7", { kind: "note", id: "n1" })).toBe("/incidents/INC-7/models#note-n1");
    expect(focusPath("INC-7", { kind: "diagram", id: "d1" })).toBe(
      "/incidents/INC-7/models/diagrams/d1",
    );
    expect(focusPath("INC-7", { kind: "compare", id: null })).toBe(
      "/incidents/INC-7/models/compare",
    );
  });

  it("needs an id except for the compare view", () => {
    expect(focusSchema.safeParse({ kind: "event", id: null }).success).toBe(false);
    expect(focusSchema.safeParse({ kind: "compare" }).success).toBe(true);
    expect(focusSchema.safeParse({ kind: "elsewhere", id: "x" }).success).toBe(false);
    expect(isFocusKind("note")).toBe(true);
    expect(isFocusKind("incident")).toBe(false);
  });

  it("asks how and what, never why or should", () => {
    for (const kind of ["event", "note", "diagram", "compare", null] as const) {
      for (const prompt of questionPromptsFor(kind)) {
        expect(prompt).toMatch(/^(What|How|Where|Who)\b/);
        expect(prompt).not.toMatch(/\b(why|should|could have)\b/i);
      }
    }
    expect(questionPromptsFor("event")).toContain("What made this action make sense then?");
  });
});
