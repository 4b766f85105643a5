import { describe, expect, it } from "vitest";
import { createManualEventSchema } from "@/lib/timeline/event-edit-input";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

function fieldErrors(values: Record<string, unknown>) {
  const parsed = createManualEventSchema.safeParse({
    reference: "INC-1",
    values: {
      time: "2026-03-14T09:24:00Z",
      message: "Bob flipped the flag back",
      service: "",
      keyMoment: null,
      keyMomentNote: "",
      ...values,
    },
  });
  return parsed.success ? {} : fieldErrorsOf(parsed.error, { within: "values" });
}

describe("the manual event form", () => {
  it("answers a 1 MB message with a field error", () => {
    expect(fieldErrors({ message: "x".repeat(1024 * 1024) })).toEqual({
      message: ["Keep the message under 20,000 characters."],
    });
  });

  it.each(["2026-13-45T99:99", "2026-02-30T10:00:00Z", "+099999-01-01T00:00:00Z", "soon"])(
    "answers the time %j with a field error",
    (time) => {
      expect(fieldErrors({ time })).toEqual({
        time: ["Enter a valid date and time, e.g. 2026-03-14 09:24:00."],
      });
    },
  );

  it("accepts a valid event", () => {
    expect(fieldErrors({})).toEqual({});
  });
});
