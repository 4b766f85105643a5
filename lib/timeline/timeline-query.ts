// The timeline route's query string, read strictly: a filter, a window (?offset=&limit=)
// or an instant to jump to (?at=). A value that cannot be used is refused with a message
// naming it (400), instead of a 500 from the database or a silently ignored filter. Pure.
import { AppError } from "@/lib/errors";
import { TIMELINE_WINDOW_MAX_ROWS } from "@/lib/input-limits";
import { parseInstant } from "@/lib/time/parse-instant";
import {
  filterInputFromSearchParams,
  timelineFilterSchema,
  type TimelineFilter,
} from "@/lib/timeline/timeline-filter";

export interface TimelineQuery {
  filter: TimelineFilter;
  at: Date | null;
  offset: number;
  limit: number;
}

function wholeNumber(
  params: URLSearchParams,
  name: string,
  fallback: number,
  range: { min: number; max: number },
): number {
  const raw = params.get(name);
  if (raw === null || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new AppError(
      "invalid_input",
      `"${name}" must be a whole number from ${range.min} to ${range.max}.`,
      { fieldErrors: { [name]: [`Use a whole number from ${range.min} to ${range.max}.`] } },
    );
  }
  return value;
}

export function parseTimelineQuery(params: URLSearchParams): TimelineQuery {
  const parsed = timelineFilterSchema.safeParse(filterInputFromSearchParams(params));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      "invalid_input",
      `The filter "${issue?.path.join(".") ?? "?"}" is not valid: ${issue?.message ?? ""}`.trim(),
    );
  }
  const atText = params.get("at");
  let at: Date | null = null;
  if (atText !== null) {
    at = parseInstant(atText);
    if (!at) {
      throw new AppError(
        "invalid_input",
        `"at" is not a time we can jump to: use an ISO time such as 2026-03-14T09:24:00Z.`,
        { fieldErrors: { at: ["Use an ISO time such as 2026-03-14T09:24:00Z."] } },
      );
    }
  }
  return {
    filter: parsed.data,
    at,
    offset: wholeNumber(params, "offset", 0, { min: 0, max: Number.MAX_SAFE_INTEGER }),
    limit: wholeNumber(params, "limit", 200, { min: 1, max: TIMELINE_WINDOW_MAX_ROWS }),
  };
}
