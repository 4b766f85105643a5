// Whole-source time decisions, made once every line has been read: day/month order, missing
// years (latest year not after the reference, with Dec→Jan rollover inside the source), and
// the out-of-order flags. Runs over the few deferred stamps only, so it costs nothing for
// sources whose stamps were complete.

import type { PendingTime, SourceContext } from "../context";
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
  if (ctx.pending.length > 0) resolvePending(ctx, decisions);
  if (ctx.isOrdered) flagOutOfOrder(ctx);
  return decisions;
}

function decideDayFirst(ctx: SourceContext): TimeDecisions {
  const hasAmbiguous = ctx.pending.some((p) => p.isDayMonthAmbiguous);
  if (!hasAmbiguous) return { dayFirst: undefined, isDayFirstGuessed: false };
  if (ctx.dayFirst !== undefined) return { dayFirst: ctx.dayFirst, isDayFirstGuessed: false };
  // Any first field above 12 can only be a day; any second field above 12 only a day too.
  if (ctx.maxFirstField > 12 && ctx.maxSecondField <= 12)
    return { dayFirst: true, isDayFirstGuessed: false };
  if (ctx.maxSecondField > 12 && ctx.maxFirstField <= 12)
    return { dayFirst: false, isDayFirstGuessed: false };
  // Undecidable (or contradictory): month-first, as US-style exports are the most common.
  return { dayFirst: false, isDayFirstGuessed: true };
}

function resolvePending(ctx: SourceContext, decisions: TimeDecisions): void {
  const pending = ctx.pending;
  // Month/day first, so the year inference below compares real calendar positions.
  for (const p of pending) {
    if (!p.isDayMonthAmbiguous) continue;
    const swap = p.month > 12 || (decisions.dayFirst === true && p.day <= 12);
    if (swap) {
      const m = p.day;
      p.day = p.month;
      p.month = m;
    }
    if (decisions.isDayFirstGuessed && p.month <= 12 && p.day <= 12) p.mask |= FLAG.dayMonthGuessed;
  }
  inferYears(ctx, pending);
  let last = -Infinity;
  for (const p of pending) {
    const wall = wallMs(p.year, p.month, p.day, 0, 0, 0, 0) + p.clockMs;
    const time = Number.isNaN(p.offset)
      ? wallToUtc(wall, ctx.zone, last)
      : wall - p.offset * 60_000;
    p.event.time = time;
    last = time;
    const mask = (ctx.masks[p.index] ?? 0) | p.mask;
    ctx.masks[p.index] = mask;
    p.event.flags = flagsFromMask(mask);
  }
}

/** Position inside a year, for comparing month/day/clock without a year. */
function yearPosition(p: PendingTime): number {
  return wallMs(2000, p.month, p.day, 0, 0, 0, 0) - wallMs(2000, 1, 1, 0, 0, 0, 0) + p.clockMs;
}

/**
 * Walks backwards: the last stamp takes the latest year that does not put it after the
 * reference; an earlier stamp keeps its successor's year unless it lies more than a day later
 * in the calendar, which means the log crossed New Year (or the stamp would be after the reference).
 */
function inferYears(ctx: SourceContext, pending: PendingTime[]): void {
  let nextYear = NaN;
  let nextPosition = 0;
  for (let i = pending.length - 1; i >= 0; i--) {
    const p = pending[i];
    if (!p || !p.isYearMissing) continue;
    p.mask |= FLAG.yearInferred;
    const position = yearPosition(p);
    let year = Number.isNaN(nextYear) ? ctx.referenceYear : nextYear;
    if (!Number.isNaN(nextYear) && position > nextPosition + DAY) year -= 1;
    // Never after the reference; Feb 29 only in leap years.
    for (let guard = 0; guard < 8; guard++) {
      const ok = isValidDate(year, p.month, p.day) && approxUtc(ctx, year, p) <= ctx.reference;
      if (ok) break;
      year -= 1;
    }
    p.year = year;
    nextYear = year;
    nextPosition = position;
  }
}

function approxUtc(ctx: SourceContext, year: number, p: PendingTime): number {
  const wall = wallMs(year, p.month, p.day, 0, 0, 0, 0) + p.clockMs;
  return Number.isNaN(p.offset) ? wallToUtc(wall, ctx.zone) : wall - p.offset * 60_000;
}

function flagOutOfOrder(ctx: SourceContext): void {
  let max = -Infinity;
  const events = ctx.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!e) continue;
    if (e.time < max) {
      const mask = (ctx.masks[i] ?? 0) | FLAG.outOfOrder;
      ctx.masks[i] = mask;
      e.flags = flagsFromMask(mask);
    } else max = e.time;
  }
}
