// Public API of the evidence ingestion engine: `ingest(sources)` detects each source's
// format, parses it into events with honest UTC times, merges all events into one time
// order, and analyses trace spans (service graph, error spans, clock skew). Pure TypeScript:
// no framework, database or DOM imports, and it never throws.

import { SourceContext, type ReadMode } from "./context";
import { splitLines } from "./lines";
import { mergeByTime } from "./merge";
import { buildReport } from "./report";
import { readSource, rejectAll, type SourceOutcome } from "./source";
import type { SpanDraft } from "./traces/documents";
import { serviceEdges } from "./traces/graph";
import { estimateSkew } from "./traces/skew";
import { buildTree } from "./traces/tree";
import type {
  IngestEvent,
  IngestResult,
  IngestSummary,
  Source,
  SourceReport,
  Span,
  TraceReport,
} from "./types";

export type * from "./types";
export {
  DOCUMENT_FORMAT_IDS,
  FORMAT_IDS,
  LINE_FORMAT_IDS,
  UNPARSED_TEXT_CHARS,
  UNPARSED_TEXT_LINES,
} from "./types";

export interface IngestOptions {
  /**
   * Decode every field of every event while parsing. By default events of line formats
   * keep their time, flags and line range, and decode the rest (message, level, service,
   * timeText, attributes…) from their line when first read: cheaper when only some events
   * are looked at. Eager reading is cheaper when every field of every event will be read
   * (an import, a JSON-lines export). Both give the same events.
   */
  eager?: boolean;
}

export function ingest(sources: readonly Source[], options: IngestOptions = {}): IngestResult {
  try {
    return ingestAll(sources, options.eager === true ? "eager" : "lazy");
  } catch (error) {
    return degraded(sources, error);
  }
}

/** Last resort when something outside the per-source guard fails: every line unparsed. */
function degraded(sources: readonly Source[], error: unknown): IngestResult {
  const list = Array.isArray(sources) ? sources : [];
  const reports = list.map((source) => {
    const text = isSourceLike(source) && typeof source.text === "string" ? source.text : "";
    const name = isSourceLike(source) ? String(source.name ?? "") : "";
    const { lines, truncated } = splitLines(text);
    const ctx = new SourceContext(name, lines, truncated, "UTC", Date.now(), undefined);
    rejectAll(ctx);
    return buildReport(
      {
        ctx,
        format: "text",
        confidence: 0,
        spans: [],
        decisions: { dayFirst: undefined, isDayFirstGuessed: false },
        error: error instanceof Error ? error.message : String(error),
      },
      undefined,
    );
  });
  return {
    sources: reports,
    events: [],
    traces: { spans: [], edges: [], errorSpans: [], skew: [], orphans: [] },
  };
}

function ingestAll(sources: readonly Source[], mode: ReadMode): IngestResult {
  const list = Array.isArray(sources) ? sources : [];
  const outcomes: SourceOutcome[] = [];
  for (const source of list)
    outcomes.push(readSource(isSourceLike(source) ? source : { name: "", text: "" }, mode));
  const allSpans: SpanDraft[] = [];
  const analysed: TraceReport[] = [];
  const reports = outcomes.map((outcome) => {
    let traces: TraceReport | undefined;
    if (outcome.spans.length > 0) {
      traces = analyseSpans(outcome.spans);
      analysed.push(traces);
      // One push per span: spreading a large array into push() overflows the call stack.
      for (const span of outcome.spans) allSpans.push(span);
    }
    return buildReport(outcome, traces);
  });
  const events = mergeByTime(outcomes.map((o) => o.ctx.events));
  // With one trace source the whole analysis is that source's: not done twice.
  const traces = analysed.length === 1 ? (analysed[0] as TraceReport) : analyseSpans(allSpans);
  return { sources: reports, events, traces };
}

/**
 * Everything `ingest` reports except the events themselves: per-source reports, the total
 * event count and time range, and the trace analysis. Sources are added one at a time and
 * each one's events are dropped once its report is built, so no merged timeline is ever
 * built and memory stays that of the largest source. Never throws.
 */
export class Summarizer {
  private readonly reports: SourceReport[] = [];
  private readonly spans: SpanDraft[] = [];
  private events = 0;
  private first = Infinity;
  private last = -Infinity;

  add(source: Source): SourceReport {
    let report: SourceReport;
    try {
      const outcome = readSource(isSourceLike(source) ? source : { name: "", text: "" }, "count");
      let traces: TraceReport | undefined;
      if (outcome.spans.length > 0) {
        traces = analyseSpans(outcome.spans);
        for (const span of outcome.spans) this.spans.push(span);
      }
      report = buildReport(outcome, traces);
    } catch (error) {
      report = degraded([source], error).sources[0] as SourceReport;
    }
    this.reports.push(report);
    this.events += report.counts.events;
    if (report.first !== undefined && report.first < this.first) this.first = report.first;
    if (report.last !== undefined && report.last > this.last) this.last = report.last;
    return report;
  }

  finish(): IngestSummary {
    return {
      sources: this.reports,
      events: this.events,
      first: this.events > 0 ? this.first : undefined,
      last: this.events > 0 ? this.last : undefined,
      traces: analyseSpans(this.spans),
    };
  }
}

/** `ingest` without the events: what `debrief ingest --summary` prints. */
export function summarize(sources: readonly Source[]): IngestSummary {
  const summarizer = new Summarizer();
  for (const source of Array.isArray(sources) ? sources : []) summarizer.add(source);
  return summarizer.finish();
}

/** The summary of a full result (the same figures `summarize` computes without events). */
export function summaryOf(result: IngestResult): IngestSummary {
  const { events } = result;
  return {
    sources: result.sources,
    events: events.length,
    first: events[0]?.time,
    last: events[events.length - 1]?.time,
    traces: result.traces,
  };
}

/**
 * A plain-object copy of an event. Events are class instances (one hidden class keeps parsing
 * fast); React server components and structuredClone-based channels want plain objects.
 */
export function toPlainEvent(event: IngestEvent): IngestEvent {
  return {
    time: event.time,
    timeNs: event.timeNs,
    timeText: event.timeText,
    flags: [...event.flags],
    service: event.service,
    host: event.host,
    level: event.level,
    message: event.message,
    raw: event.raw,
    source: event.source,
    firstLine: event.firstLine,
    lastLine: event.lastLine,
    traceId: event.traceId,
    spanId: event.spanId,
    parentSpanId: event.parentSpanId,
    attributes: event.attributes,
  };
}

/** Convenience for one text. */
export function ingestText(
  name: string,
  text: string,
  options?: Source["options"],
  ingestOptions?: IngestOptions,
): IngestResult {
  return ingest([{ name, text, options }], ingestOptions);
}

function isSourceLike(value: unknown): value is Source {
  return value !== null && typeof value === "object";
}

export function analyseSpans(drafts: SpanDraft[]): TraceReport {
  try {
    const tree = buildTree(drafts);
    const spans = tree.spans.map(toSpan);
    const index = new Map(tree.spans.map((d, i) => [d, spans[i] as Span]));
    return {
      spans,
      edges: serviceEdges(tree),
      errorSpans: tree.spans.filter((s) => s.isError).map((s) => index.get(s) as Span),
      skew: estimateSkew(tree),
      orphans: tree.orphans.map((s) => index.get(s) as Span),
    };
  } catch {
    return { spans: drafts.map(toSpan), edges: [], errorSpans: [], skew: [], orphans: [] };
  }
}

function toSpan(d: SpanDraft): Span {
  return {
    traceId: d.traceId,
    spanId: d.spanId,
    parentSpanId: d.parentSpanId,
    name: d.name,
    service: d.service,
    host: d.host,
    kind: d.kind,
    start: d.start,
    startNs: d.startNs,
    durationMs: d.durationMs,
    durationNs: d.durationNs,
    isError: d.isError,
    isShared: d.isShared,
    remoteService: d.remoteService,
    source: d.source,
    line: d.line,
  };
}
