import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyIncidentInput, incidentInputSchema } from "@/lib/incidents/schema";
import { eventValuesSchema } from "@/lib/timeline/event-edit-input";
import { signUpSchema } from "@/lib/users/schema";
import { z } from "@/lib/validation/zod";

// Zod's defaults read "Too big: expected string to have <=300 characters",
// "Invalid input: expected string, received number", "Invalid option: expected one of …".
const DEVELOPER_WORDING = /expected|received|Invalid input|Invalid option|Too (big|small)|<=|>=/i;

describe("validation messages are written for people", () => {
  it.each([
    [z.string().max(300), "x".repeat(301), "Keep it to 300 characters or fewer."],
    [z.string().max(20_000), "x".repeat(20_001), "Keep it to 20,000 characters or fewer."],
    [z.string().min(1), "", "This cannot be empty."],
    [z.string().min(8), "short", "Use at least 8 characters."],
    [z.array(z.string()).max(2), ["a", "b", "c"], "Keep it to 2 or fewer."],
    [z.email(), "not-an-address", "Enter an email address, like name@example.com."],
    [z.enum(["SEV1", "SEV2"]), "SEV9", "Choose one of the offered options."],
    [z.object({ title: z.string() }), {}, "This is required."],
    [z.number().int().max(10), 11, "Use a number no larger than 10."],
  ] as const)("%#: %j", (schema, input, message) => {
    const result = (schema as z.ZodType).safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("a field's own message still wins", () => {
    expect(
      z.string().max(3, "Keep the code short.").safeParse("long").error?.issues[0]?.message,
    ).toBe("Keep the code short.");
  });

  it("no save of the incident, event or sign-up forms shows zod's developer wording", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 5 }),
      fc.constantFrom("", " ", "x".repeat(400), "x".repeat(30_000), "2026-13-45T99:99", "SEV9"),
      fc.integer(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(fc.string(), { maxLength: 3 }),
    );
    const base = emptyIncidentInput("UTC") as unknown as Record<string, unknown>;
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...Object.keys(base)), text),
        fc.dictionary(
          fc.constantFrom("time", "message", "service", "keyMoment", "keyMomentNote"),
          text,
        ),
        fc.dictionary(fc.constantFrom("name", "email", "password"), text),
        (incident, event, person) => {
          const messages = [
            ...(incidentInputSchema.safeParse({ ...base, ...incident }).error?.issues ?? []),
            ...(eventValuesSchema.safeParse(event).error?.issues ?? []),
            ...(signUpSchema.safeParse(person).error?.issues ?? []),
          ].map((issue) => issue.message);
          for (const message of messages) expect(message).not.toMatch(DEVELOPER_WORDING);
        },
      ),
      { numRuns: 300 },
    );
  });
});
