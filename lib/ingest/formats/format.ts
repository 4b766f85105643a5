// The contract between the line-by-line driver and each format family.

import type { SourceContext } from "../context";
import type { LineFormatId } from "../types";

/** parse() results. */
export const NOT_ENTRY = 0;
export const ENTRY = 1;
/** The parser accounted for the line itself (header, fold, partial record). */
export const HANDLED = 2;

export interface LineParser {
  parse(line: string, lineNo: number): number;
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
   * from line to line), so the source can be read lazily. Parsers of such formats may skip
   * everything but the time while `ctx.isLite`.
   */
  refills: boolean;
  /** Lazy events of several lines are decoded from all of them joined (CSV quoted newlines). */
  refillsAllLines?: boolean;
  /** Empty lines reach the parser too (they are data inside a quoted CSV field). */
  parsesEmptyLines?: boolean;
  create(ctx: SourceContext): LineParser;
  /** Formats that need look-ahead (Slack transcripts) parse the whole source at once instead. */
  parseAll?(ctx: SourceContext): void;
}
