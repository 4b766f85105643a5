// One error type for the domain: a code, a message safe to show people, and optional
// per-field messages. Anything else that escapes is unexpected: logged with context and
// answered with a generic message, never a stack trace.

export type AppErrorCode =
  "not_found" | "forbidden" | "unauthenticated" | "invalid_input" | "conflict" | "rate_limited";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  invalid_input: 400,
  conflict: 409,
  rate_limited: 429,
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

// Route handlers: map any error to a JSON response.
export function errorResponse(error: unknown, context: Record<string, unknown> = {}): Response {
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
