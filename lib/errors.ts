// One error type for the domain: a code, a message safe to show people, and optional
// per-field messages. Anything else that escapes is unexpected: logged with context and
// answered with a generic message, never a stack trace.
import { ZodError } from "zod";
import { FIELDS_NEED_ATTENTION, fieldErrorsOf } from "@/lib/validation/field-errors";

export type AppErrorCode =
  | "not_found"
  | "forbidden"
  | "unauthenticated"
  | "invalid_input"
  | "conflict"
  | "rate_limited"
  | "payload_too_large"
  | "unsupported_media_type"
  | "busy";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  invalid_input: 400,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  busy: 429,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors: Record<string, string[]>;
  /** Seconds after which trying again makes sense (sent as Retry-After). */
  readonly retryAfterSeconds: number | undefined;
  /** An HTTP status other than the code's usual one (503 for a busy database). */
  readonly status: number | undefined;

  constructor(
    code: AppErrorCode,
    userMessage: string,
    options: {
      fieldErrors?: Record<string, string[]>;
      cause?: unknown;
      retryAfterSeconds?: number;
      status?: number;
    } = {},
  ) {
    super(userMessage, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessage = userMessage;
    this.fieldErrors = options.fieldErrors ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.status = options.status;
  }
}

// SQLite answers "busy" when another connection (a large import in its worker, another
// Debrief process) holds the write lock past the busy timeout. Through Prisma's adapter it
// arrives as P1008 "Operation has timed out"; from the driver as SQLITE_BUSY.
export function isDatabaseBusy(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (code === "P1008" || (typeof code === "string" && code.startsWith("SQLITE_BUSY")))
      return true;
    const message = (current as { message?: unknown }).message;
    if (typeof message === "string" && /database is locked|SocketTimeout/.test(message))
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** A domain error for anything that has a clear answer; undefined for the unexpected. */
export function knownError(error: unknown): AppError | undefined {
  const domain = asAppError(error);
  if (domain) return domain;
  if (isDatabaseBusy(error)) {
    return new AppError(
      "busy",
      "The database is busy with another large change (an import or export). Nothing was saved: try again in a few seconds.",
      { cause: error, retryAfterSeconds: 5, status: 503 },
    );
  }
  return undefined;
}

export function notFound(what = "That page"): AppError {
  return new AppError("not_found", `${what} does not exist or you do not have access to it.`);
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

export function logUnexpectedError(error: unknown, context: Record<string, unknown>): void {
  console.error("[debrief] unexpected error", context, error);
}

// Bad input to a form that answers by throwing (accounts, passwords): the message of every
// form, the errors next to their fields.
export function invalidFieldsError(errors: ZodError | Record<string, string[]>): AppError {
  const fieldErrors = errors instanceof ZodError ? fieldErrorsOf(errors) : errors;
  return new AppError("invalid_input", FIELDS_NEED_ATTENTION, { fieldErrors });
}

// A zod error that escapes a parse is bad input, not a crash: it becomes a 400 with the
// messages next to their fields.
export function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const fieldErrors = fieldErrorsOf(error);
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

export interface ErrorAnswer {
  status: number;
  headers: Record<string, string>;
  body: {
    error: { code: AppErrorCode | "internal"; message: string; fields?: Record<string, string[]> };
  };
}

// Any error as the JSON answer a route gives: a known one with its code and message, an
// unexpected one logged with its context and answered generically. The last line of a
// streamed answer (an import's NDJSON) carries the same body.
export function errorAnswer(error: unknown, context: Record<string, unknown> = {}): ErrorAnswer {
  const known = knownError(error);
  if (known) {
    const headers: Record<string, string> = {};
    if (known.retryAfterSeconds !== undefined)
      headers["Retry-After"] = String(known.retryAfterSeconds);
    return {
      status: known.status ?? HTTP_STATUS[known.code],
      headers,
      body: { error: { code: known.code, message: known.userMessage, fields: known.fieldErrors } },
    };
  }
  logUnexpectedError(error, context);
  return {
    status: 500,
    headers: {},
    body: { error: { code: "internal", message: GENERIC_ERROR_MESSAGE } },
  };
}

// Route handlers: map any error to a JSON response.
export function errorResponse(error: unknown, context: Record<string, unknown> = {}): Response {
  const { status, headers, body } = errorAnswer(error, context);
  return Response.json(body, { status, headers });
}
