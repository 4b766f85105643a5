// Per-source parsing state shared by all format parsers: turns scanned stamps into UTC
// instants (or defers them until the whole source is known), creates events, and keeps the
// line accounting (folded, skipped, unparsed) that the report and the tests rely on.

import { EventDetail, EventRecord, FLAG, flagsFromMask, type EventOrigin } from "./event";
import type { LineParser } from "./formats/format";
import { doubled, type SourceLines } from "./lines";
import { scanTimestamp, type Stamp } from "./time/scan";
import { daysFromCivil } from "./time/civil";
import { wallToUtc } from "./time/zone";
import type { Level } from "./types";

/**
 * Times that can only be fixed once the whole source has been read (missing year, day/month
 * order). Stored column-wise in typed arrays that grow together: a syslog file defers every
 * line, and one small object per line would cost more in garbage collection than the parsing
 * itself. Read the columns below `length` only.
 */
export class PendingTimes {
  length = 0;
  index = new Int32Array(64);
  mask = new Int32Array(64);
  year = new Int32Array(64);
  /** First and second numeric date fields as written (month/day in month-first reading). */
  month = new Int32Array(64);
  day = new Int32Array(64);
  clockMs = new Float64Array(64);
  offset = new Float64Array(64);
  /** Bit 1: year missing; bit 2: day/month ambiguous. */
  kind = new Uint8Array(64);

  add(
    index: number,
    mask: number,
    year: number,
    month: number,
    day: number,
    clockMs: number,
    offset: number,
    kind: number,
  ): void {
    if (this.length === this.index.length) this.grow();
    const i = this.length++;
    this.index[i] = index;
    this.mask[i] = mask;
    this.year[i] = year;
    this.month[i] = month;
    this.day[i] = day;
    this.clockMs[i] = clockMs;
    this.offset[i] = offset;
    this.kind[i] = kind;
  }

  private grow(): void {
    this.index = doubled(this.index);
    this.mask = doubled(this.mask);
    this.year = doubled(this.year);
    this.month = doubled(this.month);
    this.day = doubled(this.day);
    this.clockMs = doubled(this.clockMs);
    this.offset = doubled(this.offset);
    this.kind = doubled(this.kind);
  }
}

export const PENDING_YEAR = 1;
export const PENDING_DAY_MONTH = 2;

/**
 * How a source's events are kept. "eager": every field decoded while parsing. "lazy": events
 * keep time, flags and place, and decode the rest from their lines when first read. "count":
 * no events at all, only each one's time and flags (summaries).
 */
export type ReadMode = "eager" | "lazy" | "count";

export class SourceContext implements EventOrigin {
  readonly name: string;
  readonly zone: string;
  readonly reference: number;
  readonly referenceYear: number;
  readonly dayFirst: boolean | undefined;
  readonly lines: SourceLines;
  readonly truncated: Set<number>;
  readonly events: EventRecord[] = [];
  /** Time of every event, also when counting keeps no events. */
  readonly times: number[] = [];
  readonly masks: number[] = [];
  mode: ReadMode = "eager";
  /**
   * True while a lazy or counting pass reads the source: what a parser passes to emit() and
   * sets on the event it gets back lands on one scratch event that is never kept, so parsers
   * may skip decoding anything beyond the time (level, message, service…).
   */
  isLite = false;
  /** The parser that decodes lazy events again (set by the lazy pass). */
  refiller: LineParser | undefined = undefined;
  /** Whether a lazy event spanning several lines is decoded from all of them (CSV records). */
  refillsAllLines = false;
  /** The source line being parsed (set by the line loop and by decoding), or undefined. */
  currentLine: string | undefined = undefined;
  /** Where currentLine starts in the source text; -1 when it cannot be read there. */
  currentStart = -1;
  private scratch: EventRecord | undefined = undefined;
  private fillTarget: EventRecord | undefined = undefined;
  private fillDetail: EventDetail | undefined = undefined;
  readonly pending = new PendingTimes();
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
    lines: SourceLines,
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
    if (this.fillTarget) return this.fillWith(timeText, level, message, st.epochNs);
    let mask = extraMask;
    let time: number;
    let isDeferred = false;
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
        this.pending.add(
          this.times.length,
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
      if (Number.isNaN(st.offset)) {
        mask |= FLAG.zoneAssumed;
        time = wallToUtc(wall, this.zone, this.lastTime);
      } else {
        time = wall - st.offset * 60_000;
      }
      if (isDeferred) this.pending.mask[this.pending.length - 1] = mask;
    }
    if (this.truncated.size > 0 && this.truncated.has(lineNo)) mask |= FLAG.truncated;
    const event = this.record(time, timeText, mask, level, message, lineNo);
    if (st.epochNs !== "" && !this.isLite) event.timeNs = st.epochNs;
    return event;
  }

  private record(
    time: number,
    timeText: string,
    mask: number,
    level: Level | undefined,
    message: string,
    lineNo: number,
  ): EventRecord {
    let event: EventRecord;
    const mode = this.mode;
    if (mode === "count" && this.isLite) {
      // Counting: only the time and flags are kept, in the columns below.
      event = this.scratch ?? this.newScratch(time, lineNo);
      this.current = event;
    } else if (mode === "eager") {
      const flags = flagsFromMask(mask);
      const d = new EventDetail();
      d.line = this.currentLine;
      d.timeText = timeText;
      d.level = level;
      d.message = message;
      event = new EventRecord(time, flags, this.name, lineNo, d, this);
      this.events.push(event);
      this.current = event;
    } else {
      const flags = flagsFromMask(mask);
      const scratch = this.scratch ?? this.newScratch(time, lineNo);
      // Lite parsers never read what they get back; others may, so it must look like new.
      if (!this.isLite) {
        const d = scratch.reset(time, flags, lineNo);
        d.timeText = timeText;
        d.level = level;
        d.message = message;
      }
      event = scratch;
      if (mode === "lazy") {
        const lazy = new EventRecord(time, flags, this.name, lineNo, undefined, this);
        this.events.push(lazy);
        this.current = lazy;
      } else this.current = scratch;
    }
    if (time > this.lastTime) this.lastTime = time;
    this.times.push(time);
    this.masks.push(mask);
    return event;
  }

  private newScratch(time: number, lineNo: number): EventRecord {
    const scratch = new EventRecord(
      time,
      flagsFromMask(0),
      this.name,
      lineNo,
      undefined,
      undefined,
    );
    this.scratch = scratch;
    return scratch;
  }

  private fillWith(
    timeText: string,
    level: Level | undefined,
    message: string,
    timeNs: string,
  ): EventRecord {
    const d = this.fillDetail as EventDetail;
    d.line = this.currentLine;
    d.timeText = timeText;
    d.level = level;
    d.message = message;
    if (timeNs !== "") d.timeNs = timeNs;
    return this.fillTarget as EventRecord;
  }

  /** Decodes a lazy event: its parser reads the event's line again, in full. */
  fill(event: EventRecord, detail: EventDetail): void {
    const parser = this.refiller;
    if (!parser || this.fillTarget) return;
    const isJoined = this.refillsAllLines && event.lastLine > event.firstLine;
    const line = isJoined ? this.rawOf(event) : this.lineAt(event.firstLine);
    const { current, isLite, currentLine, currentStart } = this;
    this.currentLine = isJoined ? undefined : line;
    this.currentStart = -1;
    this.fillTarget = event;
    this.fillDetail = detail;
    this.isLite = false;
    try {
      parser.parse(line, event.firstLine);
    } finally {
      this.fillTarget = undefined;
      this.fillDetail = undefined;
      this.isLite = isLite;
      this.current = current;
      this.currentLine = currentLine;
      this.currentStart = currentStart;
    }
  }

  /** Whether `line` is line `lineNo` of the source itself (not a string rebuilt from it). */
  isSourceLine(line: string, lineNo: number): boolean {
    // The line loop's own line: the same string, so === answers at once.
    if (line === this.currentLine) return true;
    return this.lines.isLine(line, lineNo - 1);
  }

  /**
   * scanTimestamp over a line, read in the flat source text when `line` is the line being
   * parsed: a line is a slice of the text, and every charCodeAt on a slice first finds its
   * parent. The result is the same, because what follows a line in the text (a line feed or a
   * carriage return) stops the scanner as the end of the line does.
   */
  scanStamp(line: string, p: number, st: Stamp): boolean {
    const start = this.currentStart;
    if (start < 0 || line !== this.currentLine) return scanTimestamp(line, p, st);
    const isStamp = scanTimestamp(this.lines.text, start + p, st);
    st.end -= start;
    return isStamp;
  }

  lineAt(lineNo: number): string {
    return this.lines.at(lineNo - 1) ?? "";
  }

  /** Whether a parser is decoding a lazy event again (no accounting, no state changes). */
  get isFilling(): boolean {
    return this.fillTarget !== undefined;
  }

  rawOf(event: EventRecord): string {
    const first = event.firstLine;
    if (event.lastLine <= first) return this.lines.at(first - 1) ?? "";
    return this.lines.slice(first - 1, event.lastLine).join("\n");
  }

  // Consecutive lines nearly always share a date, so the calendar maths runs once per day.
  private lastDateKey = -1;
  private lastDayMs = 0;

  private dayMs(year: number, month: number, day: number): number {
    const key = (year * 16 + month) * 32 + day;
    if (key !== this.lastDateKey) {
      this.lastDateKey = key;
      this.lastDayMs = daysFromCivil(year, month, day) * 86_400_000;
    }
    return this.lastDayMs;
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
    if (this.fillTarget) return this.fillWith(timeText, level, message, "");
    if (this.truncated.size > 0 && this.truncated.has(lineNo)) mask |= FLAG.truncated;
    return this.record(time, timeText, mask, level, message, lineNo);
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
    if (this.fillTarget) return;
    const event = this.current;
    if (!event) {
      this.unparsed.push(lineNo);
      return;
    }
    // Blank lines held back by the line loop are folded after the line that follows them.
    if (lineNo > event.lastLine) event.lastLine = lineNo;
    this.folded++;
  }

  skip(lineNo: number): void {
    if (this.fillTarget) return;
    this.skipped.push(lineNo);
  }

  reject(lineNo: number): void {
    if (this.fillTarget) return;
    this.unparsed.push(lineNo);
    this.current = undefined;
  }
}
