// Reads one source: clean and split the lines, pick the format, run its parser over every
// line once, fold continuations, then settle the times. Trace documents take the document
// path. Whatever goes wrong inside, the source still comes back, with its lines unparsed.

import { SourceContext, type ReadMode } from "./context";
import { detectLineFormat } from "./detect";
import { detectDocument, logRecordsOf } from "./document-shapes";
import { ENTRY, isStateless, type LineFormat } from "./line-format";
import { parserFor, runLines } from "./line-loop";
import { isDocumentFormat, lineFormatById } from "./formats/registry";
import { isBlank, splitLines } from "./lines";
import { emitOtlpLogs, emitSpans, spansOf, type SpanDraft } from "./traces/documents";
import { indexObjectLines } from "./traces/positions";
import { resolveTimes, type TimeDecisions } from "./time/resolve";
import { isValidZone } from "./time/zone";
import type { DocumentFormatId, FormatId, Source } from "./types";
import { Char } from "./chars";

export interface SourceOutcome {
  ctx: SourceContext;
  format: FormatId;
  confidence: number;
  spans: SpanDraft[];
  decisions: TimeDecisions;
  error: string | undefined;
}

export function toReferenceMs(reference: unknown): number {
  if (reference instanceof Date) return reference.getTime();
  if (typeof reference === "number" && Number.isFinite(reference)) return reference;
  if (typeof reference === "string") {
    const ms = Date.parse(reference);
    if (!Number.isNaN(ms)) return ms;
  }
  return Date.now();
}

/**
 * Reads one source. Line formats that can decode an event again from its lines read lazily
 * unless `mode` is "eager"; with "count" they keep no events (only their times and flags, in
 * ctx.times and ctx.masks): enough for the report, and much less memory.
 */
export function readSource(source: Source, mode: ReadMode = "lazy"): SourceOutcome {
  const options = source.options ?? {};
  const zone = typeof options.zone === "string" && isValidZone(options.zone) ? options.zone : "UTC";
  const reference = toReferenceMs(options.reference);
  const name = String(source.name ?? "");
  const text = typeof source.text === "string" ? source.text : "";
  const { lines, truncated } = splitLines(text);
  const ctx = new SourceContext(name, lines, truncated, zone, reference, options.dayFirst);
  try {
    return readWith(ctx, text, options.format, mode);
  } catch (error) {
    // A parser bug must not lose evidence: start over with every line unparsed.
    const fallback = new SourceContext(name, lines, truncated, zone, reference, options.dayFirst);
    rejectAll(fallback);
    return {
      ctx: fallback,
      format: "text",
      confidence: 0,
      spans: [],
      decisions: { dayFirst: undefined, isDayFirstGuessed: false },
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

function readWith(
  ctx: SourceContext,
  text: string,
  forced: FormatId | undefined,
  mode: ReadMode,
): SourceOutcome {
  const none = { dayFirst: undefined, isDayFirstGuessed: false };
  if (!forced || isDocumentFormat(forced)) {
    const doc = detectDocument(text);
    if (doc && (!forced || forced === doc.format)) {
      const spans = readDocument(ctx, text, doc.format, doc.value);
      const decisions = resolveTimes(ctx);
      return { ctx, format: doc.format, confidence: 1, spans, decisions, error: undefined };
    }
  }
  let format: LineFormat | undefined;
  let confidence = 1;
  if (forced && forced !== "text") format = lineFormatById(forced);
  if (!format && forced !== "text") {
    const detection = detectLineFormat(ctx.lines);
    format = detection.format;
    confidence = detection.confidence;
  }
  if (!format) {
    rejectAll(ctx);
    return { ctx, format: "text", confidence: 0, spans: [], decisions: none, error: undefined };
  }
  ctx.isOrdered = format.isOrdered;
  let spans: SpanDraft[] = [];
  if (!isStateless(format) && format.parseAll) spans = format.parseAll(ctx) ?? [];
  else runLines(ctx, format, mode);
  const decisions = resolveTimes(ctx);
  return { ctx, format: format.id, confidence, spans, decisions, error: undefined };
}

function readDocument(
  ctx: SourceContext,
  text: string,
  format: DocumentFormatId,
  value: unknown,
): SpanDraft[] {
  ctx.isOrdered = false;
  // A document is parsed from its whole text, not from lines cut at 64 KiB: a trace written
  // on one line loses nothing, so none of its events is "truncated".
  ctx.truncated.clear();
  const start = text.charCodeAt(0) === Char.BOM ? 1 : 0;
  const positions = indexObjectLines(start ? text.slice(start) : text, value);
  let spans: SpanDraft[] = [];
  if (format === "otlp-logs") emitOtlpLogs(ctx, value, positions);
  else if (format === "json-array") readJsonArray(ctx, value, positions);
  else {
    spans = spansOf(format, value, ctx.name);
    emitSpans(ctx, spans, positions);
  }
  ctx.markStructuralLines();
  return spans;
}

function readJsonArray(
  ctx: SourceContext,
  value: unknown,
  positions: ReturnType<typeof indexObjectLines>,
): void {
  // An array of log objects (a JSON export): each element is read like one JSON line.
  const format = lineFormatById("json");
  const records = logRecordsOf(value);
  if (!format || !records) return;
  const parser = parserFor(format, ctx);
  for (const item of records) {
    if (item === null || typeof item !== "object") continue;
    const lines = positions.linesOf(item) ?? [1, 1];
    if (parser.parse(JSON.stringify(item), lines[0]) === ENTRY && ctx.current)
      ctx.current.lastLine = lines[1];
  }
}

/** Every line unparsed, blank ones skipped. */
export function rejectAll(ctx: SourceContext): void {
  for (let i = 0; i < ctx.lines.length; i++) {
    if (isBlank(ctx.lines.at(i) as string)) ctx.skip(i + 1);
    else ctx.reject(i + 1);
  }
}
