// The line loop: runs a format's parser over every line once, holds blank lines back until
// it knows whether they belong to an entry, folds continuations and rejects the rest. For
// stateless formats it is also the parser: it asks the format for each line's time, keeps
// only that in a lite pass (lazy or counting), decodes the rest when the format is read
// eagerly or a lazy event is first read, and defers costly attributes to first use.

import type { SourceContext, ReadMode } from "./context";
import {
  DecodedLine,
  ENTRY,
  HANDLED,
  NOT_ENTRY,
  isStateless,
  type LineFormat,
  type LineParser,
  type ParseContext,
  type StatelessLineFormat,
} from "./line-format";
import { isBlank, isContinuation, MAX_LINE } from "./lines";
import { newStamp } from "./time/scan";

/** The parser of a stateless format. */
function statelessParser(format: StatelessLineFormat, ctx: ParseContext): LineParser {
  const st = newStamp();
  // Read once: every stateless format shares this parse function, so a property load per
  // line would see every format's shape (and its call site every format's function).
  const { scanTime, decode, attributes: readAttributes } = format;
  const decoded = new DecodedLine();
  return {
    parse(line, lineNo) {
      const at = scanTime(line, st, ctx);
      if (at < 0) return NOT_ENTRY;
      if (ctx.isLite) {
        ctx.keepTime(st, lineNo);
        return ENTRY;
      }
      const d = decoded;
      d.clear();
      decode(line, st, at, d);
      const event = ctx.emit(st, d.timeText, lineNo, d.level, d.message);
      if (d.service !== undefined) event.service = d.service;
      if (d.host !== undefined) event.host = d.host;
      if (d.traceId !== undefined) event.traceId = d.traceId;
      if (d.spanId !== undefined) event.spanId = d.spanId;
      if (d.parentSpanId !== undefined) event.parentSpanId = d.parentSpanId;
      if (d.attributes !== undefined) event.attributes = d.attributes;
      else if (readAttributes) {
        // Lines of the source are read again when the attributes are first asked for;
        // strings rebuilt from elsewhere (JSON array items) are read now.
        if (ctx.isSourceLine(line, lineNo)) event.readAttributesLater(readAttributes);
        else event.attributes = readAttributes(line);
      }
      return ENTRY;
    },
  };
}

export function parserFor(format: LineFormat, ctx: ParseContext): LineParser {
  return isStateless(format) ? statelessParser(format, ctx) : format.create(ctx);
}

/** Whether the format can decode an event again from its lines alone (lazy reading). */
export function refills(format: LineFormat): boolean {
  return isStateless(format) || format.refills;
}

export function runLines(ctx: SourceContext, format: LineFormat, mode: ReadMode): void {
  const parser = parserFor(format, ctx);
  const isRefilling = refills(format);
  const stateful = isStateless(format) ? undefined : format;
  // Counting needs no fields from any format; lazy reading only from those that can decode
  // an event again from its lines alone (no state carried from line to line).
  ctx.mode = mode === "count" || (mode === "lazy" && isRefilling) ? mode : "eager";
  // Parsers of formats that can decode again keep only the time in a lite pass.
  ctx.isLite = ctx.mode !== "eager" && isRefilling;
  if (ctx.mode === "lazy") {
    ctx.refiller = parser;
    ctx.refillsAllLines = stateful?.refillsAllLines === true;
  }
  const parsesEmptyLines = stateful?.parsesEmptyLines === true;
  const lines = ctx.lines;
  const foldsAnything = format.foldsAnything;
  let blankStart = -1;
  let blankCount = 0;
  const flushBlanks = (fold: boolean): void => {
    for (let b = 0; b < blankCount; b++) {
      if (fold) ctx.fold(blankStart + b);
      else ctx.skip(blankStart + b);
    }
    blankCount = 0;
  };
  const { text, starts, ends } = lines;
  for (let i = 0; i < lines.length; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    const line = text.slice(start, end);
    const lineNo = i + 1;
    ctx.currentLine = line;
    // A line cut at MAX_LINE goes on in the text: it is scanned as the line it became.
    ctx.currentStart = end - start < MAX_LINE ? start : -1;
    const result = line.length === 0 && !parsesEmptyLines ? 0 : parser.parse(line, lineNo);
    if (result === ENTRY || result === HANDLED) {
      if (blankCount > 0) flushBlanks(result === HANDLED && ctx.current !== undefined);
      continue;
    }
    if (isBlank(line)) {
      if (blankCount === 0) blankStart = lineNo;
      blankCount++;
      continue;
    }
    if (ctx.current && (foldsAnything || isContinuation(line))) {
      if (blankCount > 0) flushBlanks(true);
      ctx.fold(lineNo);
      continue;
    }
    if (blankCount > 0) flushBlanks(false);
    ctx.reject(lineNo);
  }
  if (blankCount > 0) flushBlanks(false);
  ctx.isLite = false;
  ctx.currentLine = undefined;
  ctx.currentStart = -1;
}
