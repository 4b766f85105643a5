// Per-source parsing state shared by all format parsers: line accounting (folded, skipped,
// unparsed) that the report and the tests rely on, the line being parsed, and the decoding of
// lazy events again. Times are resolved by StampTimes (time/), events kept by the store of the
// read mode (event-store.ts).

import { FLAG, flagsFromMask, type EventDetail, type EventOrigin, type EventRecord } from "./event";
import { CountStore, EagerStore, LazyStore, type EventStore, type ReadMode } from "./event-store";
import type { LineParser, ParseContext } from "./line-format";
import type { SourceLines } from "./lines";
import { scanTimestamp, type Stamp } from "./time/scan";
import { StampTimes } from "./time/stamp-times";
import type { Level } from "./types";

export type { ReadMode } from "./event-store";

export class SourceContext implements EventOrigin, ParseContext {
  readonly name: string;
  readonly lines: SourceLines;
  readonly truncated: Set<number>;
  readonly time: StampTimes;
  /** Time of every event, also when counting keeps no events. */
  readonly times: number[] = [];
  readonly masks: number[] = [];
  private store: EventStore;
  private storeMode: ReadMode = "eager";
  /**
   * True while a lazy or counting pass reads the source: parsers decode nothing but the
   * time, and keep it with keepTime().
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
  private fillTarget: EventRecord | undefined = undefined;
  private fillDetail: EventDetail | undefined = undefined;
  readonly unparsed: number[] = [];
  readonly skipped: number[] = [];
  folded = 0;
  /** Whether the format promises file order = time order (used for out-of-order flags). */
  isOrdered = true;
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
    this.time = new StampTimes(zone, reference, dayFirst);
    this.store = new EagerStore(name, this);
  }

  get zone(): string {
    return this.time.zone;
  }

  get reference(): number {
    return this.time.reference;
  }

  get events(): EventRecord[] {
    return this.store.events;
  }

  get mode(): ReadMode {
    return this.storeMode;
  }

  /** How events are kept; set before the first event. */
  set mode(mode: ReadMode) {
    this.storeMode = mode;
    this.store =
      mode === "lazy"
        ? new LazyStore(this.name, this)
        : mode === "count"
          ? new CountStore(this.name)
          : new EagerStore(this.name, this);
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
    const time = this.time.instant(st, this.times.length, extraMask);
    const event = this.record(time, this.time.mask, lineNo, timeText, level, message);
    if (st.epochNs !== "") event.timeNs = st.epochNs;
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
    if (this.fillTarget) return this.fillWith(timeText, level, message, "");
    return this.record(time, mask, lineNo, timeText, level, message);
  }

  keepTime(st: Stamp, lineNo: number): EventRecord {
    const time = this.time.instant(st, this.times.length, 0);
    let mask = this.time.mask;
    if (this.truncated.size > 0 && this.truncated.has(lineNo)) mask |= FLAG.truncated;
    const event = this.store.addTime(time, flagsFromMask(mask), lineNo);
    this.current = event;
    this.account(time, mask);
    return event;
  }

  private record(
    time: number,
    mask: number,
    lineNo: number,
    timeText: string,
    level: Level | undefined,
    message: string,
  ): EventRecord {
    if (this.truncated.size > 0 && this.truncated.has(lineNo)) mask |= FLAG.truncated;
    const flags = flagsFromMask(mask);
    const event = this.store.add(time, flags, lineNo, this.currentLine, timeText, level, message);
    this.current = this.store.kept;
    this.account(time, mask);
    return event;
  }

  private account(time: number, mask: number): void {
    if (time > this.time.lastTime) this.time.lastTime = time;
    this.times.push(time);
    this.masks.push(mask);
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

  /** In documents, lines outside every event's object are structure (brackets, resource blocks). */
  markStructuralLines(): void {
    const covered = new Uint8Array(this.lines.length + 2);
    for (const event of this.events)
      for (let l = event.firstLine; l <= event.lastLine; l++) covered[l] = 1;
    for (const l of this.unparsed) covered[l] = 1;
    let folded = 0;
    const unparsed = new Set(this.unparsed);
    const seenFirst = new Set<number>();
    for (const event of this.events) seenFirst.add(event.firstLine);
    for (let l = 1; l <= this.lines.length; l++) {
      if (!covered[l]) this.skip(l);
      else if (!seenFirst.has(l) && !unparsed.has(l)) folded++;
    }
    this.folded = folded;
  }
}
