import { describe, expect, it, vi } from "vitest";
import { z } from "@/lib/validation/zod";
import { asAppError, errorResponse } from "@/lib/errors";

function zodErrorOf(input: unknown): unknown {
  try {
    z.object({ values: z.object({ title: z.string().max(3, "Too long.") }) }).parse(input);
  } catch (error) {
    return error;
  }
  throw new Error("expected a zod error");
}

describe("a zod error escaping a route or an action", () => {
  it("answers 400 with the message beside its field, not 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = errorResponse(zodErrorOf({ values: { title: "much too long" } }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: string; message: string; fields: Record<string, string[]> };
    };
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.message).toBe("Too long. (values.title)");
    expect(body.error.fields).toEqual({ "values.title": ["Too long."] });
    // Bad input is not an unexpected error: nothing is logged as one.
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });

  it("keeps unexpected errors unexpected", () => {
    expect(asAppError(new Error("boom"))).toBeNull();
  });
});
