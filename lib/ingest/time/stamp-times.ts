// Turns scanned stamps into UTC instants for one source: two-digit years take a century, wall
// times without an offset are read in the source's zone, and stamps that need the whole source
// (missing year, ambiguous day/month) get a provisional instant and are kept as pending.

import { FLAG } from "../event";
import { daysFromCivil } from "./civil";
import { PENDING_DAY_MONTH, PENDING_YEAR, PendingTimes } from "./pending";
import type { Stamp } from "./stamp";
import { wallToUtc } from "./zone";

export class StampTimes {
  readonly zone: string;
  readonly reference: number;
  readonly referenceYear: number;
  readonly dayFirst: boolean | undefined;
  readonly pending = new PendingTimes();
  /** Last resolved instant, so DST overlaps resolve forwards. */
  lastTime = -Infinity;
  /** Largest first / second numeric date field seen in ambiguous stamps (day/month order). */
  maxFirstField = 0;
  maxSecondField = 0;
  /** The flags of the last instant() (extra mask, zone assumed, two-digit year). */
  mask = 0;
  // Consecutive lines nearly always share a date, so the calendar maths runs once per day.
  private lastDateKey = -1;
  private lastDayMs = 0;

  constructor(zone: string, reference: number, dayFirst: boolean | undefined) {
    this.zone = zone;
    this.reference = reference;
    this.referenceYear = new Date(reference).getUTCFullYear();
    this.dayFirst = dayFirst;
  }

  /**
   * The instant of a stamp for the event at `index` of the source; its flags, with
   * `extraMask`, are left in `mask`.
   */
  instant(st: Stamp, index: number, extraMask: number): number {
    let mask = extraMask;
    if (!Number.isNaN(st.epochMs)) {
      this.mask = mask;
      return st.epochMs;
    }
    let isDeferred = false;
    let year = st.year;
    if (st.isTwoDigitYear) {
      year = this.expandTwoDigitYear(year);
      mask |= FLAG.twoDigitYear;
    }
    const clockMs = st.hour * 3_600_000 + st.minute * 60_000 + st.second * 1000 + st.ms;
    if (st.isYearMissing || st.isDayMonthAmbiguous) {
      if (st.isDayMonthAmbiguous) {
        if (st.month > this.maxFirstField) this.maxFirstField = st.month;
        if (st.day > this.maxSecondField) this.maxSecondField = st.day;
      }
      this.pending.add(
        index,
        mask,
        st.isYearMissing ? this.referenceYear : year,
        st.month,
        st.day,
        clockMs,
        st.offset,
        (st.isYearMissing ? PENDING_YEAR : 0) | (st.isDayMonthAmbiguous ? PENDING_DAY_MONTH : 0),
      );
      isDeferred = true;
    }
    const month = st.isDayMonthAmbiguous && st.month > 12 ? st.day : st.month;
    const day = st.isDayMonthAmbiguous && st.month > 12 ? st.month : st.day;
    const wall = this.dayMs(st.isYearMissing ? this.referenceYear : year, month, day) + clockMs;
    let time: number;
    if (Number.isNaN(st.offset)) {
      mask |= FLAG.zoneAssumed;
      time = wallToUtc(wall, this.zone, this.lastTime);
    } else {
      time = wall - st.offset * 60_000;
    }
    if (isDeferred) this.pending.mask[this.pending.length - 1] = mask;
    this.mask = mask;
    return time;
  }

  /** Two-digit years take the century that puts them closest to the reference, never > 10 years ahead. */
  expandTwoDigitYear(yy: number): number {
    const century = Math.floor(this.referenceYear / 100) * 100;
    let year = century + yy;
    if (year > this.referenceYear + 10) year -= 100;
    return year;
  }

  private dayMs(year: number, month: number, day: number): number {
    const key = (year * 16 + month) * 32 + day;
    if (key !== this.lastDateKey) {
      this.lastDateKey = key;
      this.lastDayMs = daysFromCivil(year, month, day) * 86_400_000;
    }
    return this.lastDayMs;
  }
}
