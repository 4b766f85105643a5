// Per-source parsing state shared by all format parsers: turns scanned stamps into UTC
// instants (or defers them until the whole source is known), creates events, and keeps the
// line accounting (folded, skipped, unparsed) that the report and the tests rely on.

import { EventRecord, FLAG, flagsFromMask } from "./event";
import type { Stamp } from "./time/scan";
import { wallMs } from "./time/civil";
import { wallToUtc } from "./time/zone";
import type { Level } from "./types";

/** Times that can only be fixed once the whole source has been read. */
export interface PendingTime {
  event: EventRecord;
  index: number;
  mask: number;
  year: number;
  /** First and second numeric date fields as written (month/day in month-first reading). */
  month: number;
  day: number;
  clockMs: number;
  offset: number;
  isYearMissing: boolean;
  isDayMonthAmbiguous: boolean;
}

export class SourceContext {
  readonly name: string;
  readonly zone: string;
  readonly reference: number;
  readonly referenceYear: number;
  readonly dayFirst: boolean | undefined;
  readonly lines: string[];
  readonly truncated: Set<number>;
  readonly events: EventRecord[] = [];
  readonly masks: number[] = [];
  readonly pending: PendingTime[] = [];
  readonly unparsed: number[] = [];
  readonly skipped: number[] = [];
  folded = 0;
  /** Last resolved instant, so DST overlaps resolve forwards. */
  lastTime = -Infinity;
  /** Whether the format promises file order = time order (used for out-of-order flags). */
  isOrdered = true;
  /** Largest first / second numeric date field seen in ambiguous stamps (day/month order). */
  maxFirstField = 0;
  maxSecondField = 0;
  current: EventRecord | undefined = undefined;

  constructor(
    name: string,
    lines: string[],
    truncated: Set<number>,
    zone: string,
    reference: number,
    dayFirst: boolean | undefined,
  ) {
    this.name = name;
    this.lines = lines;
    this.truncated = truncated;
    this.zone = zone;
    this.reference = reference;
    this.referenceYear = new Date(reference).getUTCFullYear();
    this.dayFirst = dayFirst;
  }

  /** Creates an event at `lineNo` (1-based) from a scanned stamp. */
  emit(
    st: Stamp,
    timeText: string,
    lineNo: number,
    level: Level | undefined,
    message: string,
    extraMask = 0,
  ): EventRecord {
    let mask = extraMask;
    let time: number;
    let deferred: PendingTime | undefined;
    if (!Number.isNaN(st.epochMs)) {
      time = st.epochMs;
    } else {
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
        deferred = {
          event: undefined as unknown as EventRecord, // set just below, once the event exists
          index: this.events.length,
          mask,
          year: st.isYearMissing ? this.referenceYear : year,
          month: st.month,
          day: st.day,
          clockMs,
          offset: st.offset,
          isYearMissing: st.isYearMissing,
          isDayMonthAmbiguous: st.isDayMonthAmbiguous,
        };
      }
      const month = st.isDayMonthAmbiguous && st.month > 12 ? st.day : st.month;
      const day = st.isDayMonthAmbiguous && st.month > 12 ? st.month : st.day;
      const wall =
        wallMs(st.isYearMissing ? this.referenceYear : year, month, day, 0, 0, 0, 0) + clockMs;
      if (Number.isNaN(st.offset)) {
        mask |= FLAG.zoneAssumed;
        time = wallToUtc(wall, this.zone, this.lastTime);
      } else {
        time = wall - st.offset * 60_000;
      }
    }
    if (this.truncated.size > 0 && this.truncated.has(lineNo)) mask |= FLAG.truncated;
    const line = this.lines[lineNo - 1] ?? "";
    const event = new EventRecord(
      time,
      timeText,
      flagsFromMask(mask),
      level,
      message,
      line,
      this.name,
      lineNo,
    );
    if (st.epochNs !== "") event.timeNs = st.epochNs;
    if (deferred) {
      deferred.event = event;
      this.pending.push(deferred);
    }
    if (time > this.lastTime) this.lastTime = time;
    this.events.push(event);
    this.masks.push(mask);
    this.current = event;
    return event;
  }

  /** Creates an event with an already absolute time (epoch fields, relative ages). */
  emitAt(
    time: number,
    timeText: string,
    lineNo: number,
    level: Level | undefined,
    message: string,
    mask = 0,
  ): EventRecord {
    if (this.truncated.size > 0 && this.truncated.has(lineNo)) mask |= FLAG.truncated;
    const event = new EventRecord(
      time,
      timeText,
      flagsFromMask(mask),
      level,
      message,
      this.lines[lineNo - 1] ?? "",
      this.name,
      lineNo,
    );
    if (time > this.lastTime) this.lastTime = time;
    this.events.push(event);
    this.masks.push(mask);
    this.current = event;
    return event;
  }

  /** Two-digit years take the century that puts them closest to the reference, never > 10 years ahead. */
  expandTwoDigitYear(yy: number): number {
    const century = Math.floor(this.referenceYear / 100) * 100;
    let year = century + yy;
    if (year > this.referenceYear + 10) year -= 100;
    return year;
  }

  /** Appends line `lineNo` to the current event (stack trace, continuation). */
  fold(lineNo: number): void {
    const event = this.current;
    if (!event) {
      this.unparsed.push(lineNo);
      return;
    }
    event.lastLine = lineNo;
    this.folded++;
  }

  skip(lineNo: number): void {
    this.skipped.push(lineNo);
  }

  reject(lineNo: number): void {
    this.unparsed.push(lineNo);
    this.current = undefined;
  }
}
