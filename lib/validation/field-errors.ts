// zod issues → { "actionItems.0.title": ["…"] }, the shape forms show next to fields. The
// one conversion for forms, actions and routes. `within` names the object the form's keys
// are relative to (an update sends { reference, baseVersion, values: {…} }); issues about the
// whole input, with no path, are filed under "form".
import type { z } from "@/lib/validation/zod";

export const FORM_ERROR_KEY = "form";

export function fieldErrorsOf(
  error: z.ZodError,
  options: { within?: string } = {},
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path =
      options.within !== undefined && issue.path[0] === options.within
        ? issue.path.slice(1)
        : issue.path;
    const key = path.map(String).join(".") || FORM_ERROR_KEY;
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
