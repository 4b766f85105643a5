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

export const FIELDS_NEED_ATTENTION = "Some fields need attention.";

/** What a form's save answers when fields need attention, for the form to show them. */
export interface InvalidFields {
  status: "invalid";
  message: string;
  fieldErrors: Record<string, string[]>;
}

/** The "invalid" result of a save: zod's issues (keys as in fieldErrorsOf), or field errors
 *  found later (a referenced person who left, say). */
export function invalidFields(
  errors: z.ZodError | Record<string, string[]>,
  options: { within?: string } = {},
): InvalidFields {
  const fieldErrors = isZodError(errors) ? fieldErrorsOf(errors, options) : errors;
  return { status: "invalid", message: FIELDS_NEED_ATTENTION, fieldErrors };
}

// By shape: this module imports zod's types only, so it stays free for the browser bundle.
function isZodError(errors: z.ZodError | Record<string, string[]>): errors is z.ZodError {
  return Array.isArray((errors as { issues?: unknown }).issues);
}
