// The browser side of the app's JSON routes: one place that sends a request and reads the
// answer, so a client component calls a typed function instead of `fetch` plus casts. A
// refusal keeps the route's own message (routeHandler answers `{ error: { message } }`); a
// dropped connection and an aborted request are told apart, so the caller can stay quiet
// about the one it caused itself.
import { z } from "@/lib/validation/zod";

export type ApiFailure = {
  ok: false;
  reason: "refused" | "unreachable" | "aborted";
  message: string;
};
export type ApiResult<T> = { ok: true; value: T } | ApiFailure;

export const UNREACHABLE_MESSAGE = "The server could not be reached. Try again.";

const errorAnswerSchema = z.object({ error: z.object({ message: z.string() }) });

/** The message of a refusal from one of our routes, or `fallback` when it has none. */
export async function refusalMessageOf(response: Response, fallback: string): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  return messageOf(body, fallback);
}

export function messageOf(body: unknown, fallback: string): string {
  const parsed = errorAnswerSchema.safeParse(body);
  return parsed.success ? parsed.data.error.message : fallback;
}

/**
 * How an answer's body becomes a value: a zod schema's `parse`, or `asServerType` for the
 * large view objects whose type the route handler itself returns.
 */
export type ReadAnswer<T> = (body: unknown) => T;

/**
 * The answer is the type the route returns: the route and this client are built and
 * deployed together, so it is trusted rather than re-validated row by row (a 5,000-row
 * window would be parsed twice). Used for view objects only; small answers use a schema.
 */
export function asServerType<T>(): ReadAnswer<T> {
  return (body) => body as T;
}

export interface RequestOptions<T> {
  read: ReadAnswer<T>;
  /** Said when the route refuses without a message of its own. */
  failure: string;
  /** Said when the server cannot be reached; UNREACHABLE_MESSAGE by default. */
  unreachable?: string;
  method?: "GET" | "POST";
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export async function requestJson<T>(
  url: string,
  options: RequestOptions<T>,
): Promise<ApiResult<T>> {
  const response = await send(url, options);
  if (!(response instanceof Response)) return response;
  if (!response.ok) {
    return {
      ok: false,
      reason: "refused",
      message: await refusalMessageOf(response, options.failure),
    };
  }
  try {
    return { ok: true, value: options.read(await response.json()) };
  } catch {
    if (options.signal?.aborted) return aborted();
    // Not what the route promises (a proxy's error page, a cut-off body): say it failed.
    return { ok: false, reason: "refused", message: options.failure };
  }
}

/** The raw answer of a route that streams (NDJSON); failures as in requestJson. */
export async function send(
  url: string,
  options: Omit<RequestOptions<unknown>, "read" | "failure">,
): Promise<Response | ApiFailure> {
  try {
    return await fetch(url, {
      method: options.method ?? "GET",
      headers: {
        ...(options.body === undefined ? {} : { "Content-Type": "application/json" }),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch {
    if (options.signal?.aborted) return aborted();
    return {
      ok: false,
      reason: "unreachable",
      message: options.unreachable ?? UNREACHABLE_MESSAGE,
    };
  }
}

function aborted(): ApiFailure {
  return { ok: false, reason: "aborted", message: "" };
}
