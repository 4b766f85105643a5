// Whole-source time decisions, made once every line has been read: day/month order, missing
// years (latest year not after the reference, with Dec→Jan rollover inside the source), and
// the out-of-order flags. Runs over the few deferred stamps only, so it costs nothing for
// sources whose stamps were complete.

import type { SourceContext } from "../context";
import { PENDING_DAY_MONTH, PENDING_YEAR } from "./pending";
import { FLAG, flagsFromMask } from "../event";
import { isValidDate, wallMs } from "./civil";
import { wallToUtc } from "./zone";

const DAY = 86_400_000;

export interface TimeDecisions {
  /** undefined when no stamp was ambiguous. */
  dayFirst: boolean | undefined;
  isDayFirstGuessed: boolean;
}

export function resolveTimes(ctx: SourceContext): TimeDecisions {
  const decisions = decideDayFirst(ctx);
  if (ctx.time.pending.length > 0) resolvePending(ctx, decisions);
  if (ctx.isOrdered) flagOutOfOrder(ctx);
  return decisions;
}

function decideDayFirst(ctx: SourceContext): TimeDecisions {
  const { kind, length } = ctx.time.pending;
  let hasAmbiguous = false;
  for (let i = 0; i < length && !hasAmbiguous; i++)
    hasAmbiguous = ((kind[i] ?? 0) & PENDING_DAY_MONTH) !== 0;
  if (!hasAmbiguous) return { dayFirst: undefined, isDayFirstGuessed: false };
  if (ctx.time.dayFirst !== undefined)
    return { dayFirst: ctx.time.dayFirst, isDayFirstGuessed: false };
  // Any first field above 12 can only be a day; any second field above 12 only a day too.
  if (ctx.time.maxFirstField > 12 && ctx.time.maxSecondField <= 12)
    return { dayFirst: true, isDayFirstGuessed: false };
  if (ctx.time.maxSecondField > 12 && ctx.time.maxFirstField <= 12)
    return { dayFirst: false, isDayFirstGuessed: false };
  // Undecidable (or contradictory): month-first, as US-style exports are the most common.
  return { dayFirst: false, isDayFirstGuessed: true };
}

function resolvePending(ctx: SourceContext, decisions: TimeDecisions): void {
  const p = ctx.time.pending;
  const n = p.length;
  // Month/day first, so the year inference below compares real calendar positions.
  for (let i = 0; i < n; i++) {
    if (((p.kind[i] ?? 0) & PENDING_DAY_MONTH) === 0) continue;
    const month = p.month[i] ?? 1;
    const day = p.day[i] ?? 1;
    if (month > 12 || (decisions.dayFirst === true && day <= 12)) {
      p.month[i] = day;
      p.day[i] = month;
    }
    if (decisions.isDayFirstGuessed && month <= 12 && day <= 12)
      p.mask[i] = (p.mask[i] ?? 0) | FLAG.dayMonthGuessed;
  }
  inferYears(ctx);
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const index = p.index[i] ?? 0;
    if (index >= ctx.times.length) continue;
    const event = ctx.events[index];
    const wall =
      wallMs(p.year[i] ?? 1970, p.month[i] ?? 1, p.day[i] ?? 1, 0, 0, 0, 0) + (p.clockMs[i] ?? 0);
    const offset = p.offset[i] ?? NaN;
    const time = Number.isNaN(offset)
      ? wallToUtc(wall, ctx.time.zone, last)
      : wall - offset * 60_000;
    ctx.times[index] = time;
    last = time;
    const mask = (ctx.masks[index] ?? 0) | (p.mask[i] ?? 0);
    ctx.masks[index] = mask;
    if (event) {
      event.time = time;
      event.flags = flagsFromMask(mask);
    }
  }
}

const JAN_FIRST_2000 = wallMs(2000, 1, 1, 0, 0, 0, 0);

/**
 * Walks backwards: the last stamp takes the latest year that does not put it after the
 * reference; an earlier stamp keeps its successor's year unless it lies more than a day later
 * in the calendar, which means the log crossed New Year (or the stamp would be after the reference).
 */
function inferYears(ctx: SourceContext): void {
  const p = ctx.time.pending;
  let nextYear = NaN;
  let nextPosition = 0;
  for (let i = p.length - 1; i >= 0; i--) {
    if (((p.kind[i] ?? 0) & PENDING_YEAR) === 0) continue;
    p.mask[i] = (p.mask[i] ?? 0) | FLAG.yearInferred;
    const month = p.month[i] ?? 1;
    const day = p.day[i] ?? 1;
    const clockMs = p.clockMs[i] ?? 0;
    // Position inside a (leap) year, for comparing month/day/clock without a year.
    const position = wallMs(2000, month, day, 0, 0, 0, 0) - JAN_FIRST_2000 + clockMs;
    let year = Number.isNaN(nextYear) ? ctx.time.referenceYear : nextYear;
    if (!Number.isNaN(nextYear) && position > nextPosition + DAY) year -= 1;
    // Never after the reference; Feb 29 only in leap years.
    for (let guard = 0; guard < 8; guard++) {
      const ok =
        isValidDate(year, month, day) &&
        approxUtc(ctx, year, month, day, clockMs, p.offset[i] ?? NaN) <= ctx.time.reference;
      if (ok) break;
      year -= 1;
    }
    p.year[i] = year;
    nextYear = year;
    nextPosition = position;
  }
}

function approxUtc(
  ctx: SourceContext,
  year: number,
  month: number,
  day: number,
  clockMs: number,
  offset: number,
): number {
  const wall = wallMs(year, month, day, 0, 0, 0, 0) + clockMs;
  return Number.isNaN(offset) ? wallToUtc(wall, ctx.time.zone) : wall - offset * 60_000;
}

function flagOutOfOrder(ctx: SourceContext): void {
  let max = -Infinity;
  const times = ctx.times;
  const events = ctx.events;
  for (let i = 0; i < times.length; i++) {
    const time = times[i] as number;
    if (time < max) {
      const mask = (ctx.masks[i] ?? 0) | FLAG.outOfOrder;
      ctx.masks[i] = mask;
      const e = events[i];
      if (e) e.flags = flagsFromMask(mask);
    } else max = time;
  }
}
