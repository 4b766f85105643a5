// The contract between the line loop (source.ts) and each format: what a format declares, and
// the part of the per-source context a parser may use. The context implements ParseContext;
// formats import only this file, so nothing here imports the context or any format.

import type { EventRecord } from "./event";
import type { SourceLines } from "./lines";
import type { Stamp } from "./time/stamp";
import type { Level, LineFormatId } from "./types";

/** parse() results. */
export const NOT_ENTRY = 0;
export const ENTRY = 1;
/** The parser accounted for the line itself (header, fold, partial record). */
export const HANDLED = 2;

export interface LineParser {
  parse(line: string, lineNo: number): number;
}

/** Scans a timestamp at `p` into `st` (fast when `line` is the line being parsed). */
export interface StampReader {
  scanStamp(line: string, p: number, st: Stamp): boolean;
}

/** What a parser may use of its source's context. */
export interface ParseContext extends StampReader {
  readonly lines: SourceLines;
  readonly zone: string;
  readonly reference: number;
  readonly events: readonly EventRecord[];
  /** The event later lines fold into; undefined after a rejected line. */
  current: EventRecord | undefined;
  folded: number;
  /** Whether the file order is the time order (a parser may say no: kubectl tables). */
  isOrdered: boolean;
  /** True in a lazy or counting pass: the parser decodes nothing but the time (keepTime). */
  readonly isLite: boolean;
  /** True while a lazy event is decoded again: no accounting, no state changes. */
  readonly isFilling: boolean;
  /** An event from a scanned stamp with its fields; the parser may complete what it returns. */
  emit(
    st: Stamp,
    timeText: string,
    lineNo: number,
    level: Level | undefined,
    message: string,
    extraMask?: number,
  ): EventRecord;
  /** The same with an already absolute time (epoch fields, relative ages). */
  emitAt(
    time: number,
    timeText: string,
    lineNo: number,
    level: Level | undefined,
    message: string,
    mask?: number,
  ): EventRecord;
  /**
   * In a lite pass: an event with only its time, flags and place. Returns the kept event,
   * which later lines of the entry may extend (lastLine) but whose fields are not to be set.
   */
  keepTime(st: Stamp, lineNo: number): EventRecord;
  /** Whether `line` is line `lineNo` of the source itself (not a string rebuilt from it). */
  isSourceLine(line: string, lineNo: number): boolean;
  fold(lineNo: number): void;
  skip(lineNo: number): void;
  reject(lineNo: number): void;
}

export interface LineFormat {
  id: LineFormatId;
  label: string;
  /** Cheap check that a line starts an entry of this format, used for detection. */
  test(line: string): boolean;
  /** Whether any non-matching line after an entry belongs to it (free-text, multi-line messages). */
  foldsAnything: boolean;
  /** Whether the file order is the time order (so earlier stamps are flagged out of order). */
  isOrdered: boolean;
  /**
   * Whether parse() can decode an event again from its first line alone (no state carried
   * from line to line), so the source can be read lazily. Parsers of such formats use
   * `ctx.keepTime` while `ctx.isLite`.
   */
  refills: boolean;
  /** Lazy events of several lines are decoded from all of them joined (CSV quoted newlines). */
  refillsAllLines?: boolean;
  /** Empty lines reach the parser too (they are data inside a quoted CSV field). */
  parsesEmptyLines?: boolean;
  create(ctx: ParseContext): LineParser;
  /** Formats that need look-ahead (Slack transcripts) parse the whole source at once instead. */
  parseAll?(ctx: ParseContext): void;
}
