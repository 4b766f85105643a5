// One error type for the domain: a code, a message safe to show people, and optional
// per-field messages. Anything else that escapes is unexpected: logged with context and
// answered with a generic message, never a stack trace.
import { ZodError } from "zod";

export type AppErrorCode =
  | "not_found"
  | "forbidden"
  | "unauthenticated"
  | "invalid_input"
  | "conflict"
  | "rate_limited"
  | "payload_too_large"
  | "unsupported_media_type";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  invalid_input: 400,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors: Record<string, string[]>;

  constructor(
    code: AppErrorCode,
    userMessage: string,
    options: { fieldErrors?: Record<string, string[]>; cause?: unknown } = {},
  ) {
    super(userMessage, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessage = userMessage;
    this.fieldErrors = options.fieldErrors ?? {};
  }
}

export function notFound(what = "That page"): AppError {
  return new AppError("not_found", `${what} does not exist or you do not have access to it.`);
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

export function logUnexpectedError(error: unknown, context: Record<string, unknown>): void {
  console.error("[debrief] unexpected error", context, error);
}

// A zod error that escapes a parse is bad input, not a crash: it becomes a 400 with the
// messages next to their fields.
export function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of error.issues) {
      const key = issue.path.map(String).join(".") || "form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    const first = error.issues[0];
    const where = first && first.path.length > 0 ? ` (${first.path.map(String).join(".")})` : "";
    return new AppError(
      "invalid_input",
      `${first?.message ?? "That input is not valid."}${where}`,
      {
        fieldErrors,
        cause: error,
      },
    );
  }
  return null;
}

// Route handlers: map any error to a JSON response.
export function errorResponse(caught: unknown, context: Record<string, unknown> = {}): Response {
  const error = asAppError(caught) ?? caught;
  if (error instanceof AppError) {
    return Response.json(
      { error: { code: error.code, message: error.userMessage, fields: error.fieldErrors } },
      { status: HTTP_STATUS[error.code] },
    );
  }
  logUnexpectedError(error, context);
  return Response.json(
    { error: { code: "internal", message: GENERIC_ERROR_MESSAGE } },
    { status: 500 },
  );
}
