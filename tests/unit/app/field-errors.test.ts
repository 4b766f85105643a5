import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
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
