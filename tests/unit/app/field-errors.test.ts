import { describe, expect, it } from "vitest";
import { invalidFieldsError } from "@/lib/errors";
import { fieldErrorsOf, invalidFields } from "@/lib/validation/field-errors";
import { z } from "@/lib/validation/zod";

const update = z.object({
  reference: z.string(),
  values: z.object({
    title: z.string().min(1, "Give it a title."),
    items: z.array(z.object({ title: z.string().max(3, "Shorter.") })),
  }),
});

describe("one conversion from zod issues to field errors", () => {
  it("keys are field paths; `within` makes them relative to the form's values", () => {
    const error = update.safeParse({
      reference: "INC-1",
      values: { title: "", items: [{ title: "long" }] },
    }).error!;
    expect(fieldErrorsOf(error)).toEqual({
      "values.title": ["Give it a title."],
      "values.items.0.title": ["Shorter."],
    });
    expect(fieldErrorsOf(error, { within: "values" })).toEqual({
      title: ["Give it a title."],
      "items.0.title": ["Shorter."],
    });
  });

  it("issues about the whole input, or the whole values object, go under 'form'", () => {
    const error = z
      .object({ values: z.string() })
      .refine(() => false, "Nothing here adds up.")
      .safeParse({ values: 1 }).error!;
    const errors = fieldErrorsOf(error, { within: "values" });
    expect(errors.form).toEqual(["This value is not the right kind here."]);
    expect(fieldErrorsOf(z.string().safeParse(1).error!)).toEqual({
      form: ["This value is not the right kind here."],
    });
  });
});

describe("one invalid answer for every form", () => {
  it("a save's result: zod's issues or field errors found later, the same message", () => {
    const error = update.safeParse({ reference: "INC-1", values: { title: "", items: [] } }).error!;
    expect(invalidFields(error, { within: "values" })).toEqual({
      status: "invalid",
      message: "Some fields need attention.",
      fieldErrors: { title: ["Give it a title."] },
    });
    expect(invalidFields({ "participants.0": ["They left."] })).toEqual({
      status: "invalid",
      message: "Some fields need attention.",
      fieldErrors: { "participants.0": ["They left."] },
    });
  });

  it("a thrown error for forms that answer by throwing", () => {
    const error = update.safeParse({ reference: 1, values: { title: "x", items: [] } }).error!;
    const thrown = invalidFieldsError(error);
    expect(thrown.code).toBe("invalid_input");
    expect(thrown.userMessage).toBe("Some fields need attention.");
    expect(thrown.fieldErrors).toEqual({ reference: [expect.any(String)] });
  });
});
