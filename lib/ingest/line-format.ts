// The contract between the line loop (source.ts) and each format: what a format declares, and
// the part of the per-source context a parser may use. The context implements ParseContext;
// formats import only this file, so nothing here imports the context or any format.

import type { EventRecord } from "./event";
import type { SourceLines } from "./lines";
import type { Stamp } from "./time/stamp";
import type { SpanDraft } from "./traces/span-draft";
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
  /**
   * True in a lite pass (only the time is kept): a format whose time sits inside a record it
   * must otherwise parse (logfmt) may look for the time alone.
   */
  readonly isLite: boolean;
}

/** What a parser may use of its source's context. */
export interface ParseContext extends StampReader {
  /** The source's name (trace spans carry it). */
  readonly name: string;
  readonly lines: SourceLines;
  readonly zone: string;
  readonly reference: number;
  readonly events: readonly EventRecord[];
  /** The event later lines fold into; undefined after a rejected line. */
  current: EventRecord | undefined;
  folded: number;
  /** Whether the file order is the time order (a parser may say no: kubectl tables). */
  isOrdered: boolean;
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
  /** In documents: lines outside every event's object are structure, skipped. */
  markStructuralLines(): void;
}

/**
 * What a stateless format reads from an entry's line besides its time. decode() fills the
 * one the loop hands it (cleared before each line): one object of one shape for every format
 * keeps the loop's reads of it fast.
 */
export class DecodedLine {
  /** The timestamp as written. */
  timeText = "";
  level: Level | undefined = undefined;
  message = "";
  service: string | undefined = undefined;
  host: string | undefined = undefined;
  traceId: string | undefined = undefined;
  spanId: string | undefined = undefined;
  parentSpanId: string | undefined = undefined;
  /** Attributes known while decoding; otherwise the format's attributes() reads them later. */
  attributes: Record<string, unknown> | undefined = undefined;

  clear(): void {
    this.timeText = "";
    this.level = undefined;
    this.message = "";
    this.service = undefined;
    this.host = undefined;
    this.traceId = undefined;
    this.spanId = undefined;
    this.parentSpanId = undefined;
    this.attributes = undefined;
  }
}

interface FormatBase {
  id: LineFormatId;
  label: string;
  /**
   * Where detection tries this format: lower first. A format goes before the formats it is
   * more specific than (Go log before nginx error, everything before plain timestamps).
   */
  detectionOrder: number;
  /** Cheap check that a line starts an entry of this format, used for detection. */
  test(line: string): boolean;
  /** A few lines of the format, as written: detection must pick this format for them. */
  sample: readonly string[];
  /** Whether any non-matching line after an entry belongs to it (free-text, multi-line messages). */
  foldsAnything: boolean;
  /** Whether the file order is the time order (so earlier stamps are flagged out of order). */
  isOrdered: boolean;
  /**
   * Whole-source detection, tried before lines are counted: the confidence (0 to 1) that
   * `lines` (the first non-blank ones) are this format, or 0. For shapes that per-line tests
   * cannot see (a table header, a CSV header, Slack's name and time lines).
   */
  detectSource?(lines: readonly string[]): number;
  /** Detection of last resort, when no format's test() matches enough sample lines. */
  detectWhenNothingElse?(sample: readonly string[]): number;
}

/**
 * A format without state between lines: it declares how to find an entry's time and how to
 * decode the rest, and the line loop does everything else (the lite pass that keeps only
 * times, decoding lazy events again, scanning stamps in the source text, deferring
 * attributes). Adding such a format is one file: see docs/ingest.md, "Adding a format".
 */
export interface StatelessLineFormat extends FormatBase {
  /**
   * Whether `line` starts an entry, with its time scanned into `st` (use
   * `reader.scanStamp`, which reads the line in place): an index that decode() gets back
   * (usually where the text after the stamp starts), or -1 when the line is no entry.
   * Called as a plain function (no `this`), as are decode() and attributes().
   */
  scanTime(line: string, st: Stamp, reader: StampReader): number;
  /**
   * Everything but the time, into `out`, from a line scanTime() accepted (`at` is what it
   * returned): timeText, level and message, and service, host, trace ids, attributes when
   * the format has them.
   */
  decode(line: string, st: Stamp, at: number, out: DecodedLine): void;
  /**
   * The entry's attributes read from its line, for attributes too costly to build for every
   * line: called when an event's attributes are first read.
   */
  attributes?(line: string): Record<string, unknown> | undefined;
}

/** A format with state between lines (CRI partial lines, CSV headers, JUL's two-line records…). */
export interface StatefulLineFormat extends FormatBase {
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
  /**
   * Formats that need look-ahead (Slack transcripts) or read documents per line (OTLP JSON
   * lines) parse the whole source at once instead; trace formats return their spans.
   */
  parseAll?(ctx: ParseContext): SpanDraft[] | void;
}

export type LineFormat = StatelessLineFormat | StatefulLineFormat;

export function isStateless(format: LineFormat): format is StatelessLineFormat {
  return "decode" in format;
}
