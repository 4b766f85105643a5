// Public types of the ingestion engine: what goes in (sources), what comes out (events,
// per-source reports, traces). Kept free of any runtime code so every layer can import it.

import { LINE_FORMAT_IDS } from "./format-ids.generated";

export type Level = "trace" | "debug" | "info" | "warn" | "error" | "fatal";

/** Machine-readable assumptions; each has a human sentence in the source report. */
export type AssumptionFlag =
  | "zone-assumed"
  | "year-inferred"
  | "two-digit-year"
  | "day-month-guessed"
  | "relative-time"
  | "out-of-order"
  | "truncated";

// The one list of format ids: the CLI's --format, the web app's format picker and the
// tests all read it, so a new format appears everywhere at once. Line formats' ids come from
// the format files themselves (scripts/generate-format-registry.mjs).
export { LINE_FORMAT_IDS };
export type LineFormatId = (typeof LINE_FORMAT_IDS)[number];

export const DOCUMENT_FORMAT_IDS = [
  "jaeger",
  "zipkin",
  "otlp-traces",
  "otlp-logs",
  "json-array",
] as const;
export type DocumentFormatId = (typeof DOCUMENT_FORMAT_IDS)[number];

export const FORMAT_IDS = [...LINE_FORMAT_IDS, ...DOCUMENT_FORMAT_IDS, "text"] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export interface SourceOptions {
  /** IANA zone for stamps without an offset. Default "UTC". */
  zone?: string;
  /** Missing years and relative ages resolve against this instant. Default: now. */
  reference?: Date | string | number;
  /** Skip detection and parse as this format. */
  format?: FormatId;
  /** Force day-before-month (true) or month-before-day (false) for ambiguous numeric dates. */
  dayFirst?: boolean;
}

export interface Source {
  name: string;
  text: string;
  options?: SourceOptions;
}

export interface IngestEvent {
  /** UTC instant in milliseconds since the epoch. */
  time: number;
  /** Exact nanoseconds since the epoch as a decimal string, when the source had them (traces). */
  timeNs: string | undefined;
  /** The timestamp as written in the source. */
  timeText: string;
  flags: readonly AssumptionFlag[];
  service: string | undefined;
  host: string | undefined;
  level: Level | undefined;
  message: string;
  /** The exact source lines of this entry (after BOM/CRLF/ANSI clean-up), joined by "\n". */
  raw: string;
  source: string;
  /** 1-based line range in the source. */
  firstLine: number;
  lastLine: number;
  traceId: string | undefined;
  spanId: string | undefined;
  parentSpanId: string | undefined;
  attributes: Record<string, unknown> | undefined;
}

export interface SourceCounts {
  lines: number;
  events: number;
  /** Lines folded into an entry above them (stack traces, continuations). */
  folded: number;
  unparsed: number;
  /** Structural lines that are not entries: headers, date dividers, blank lines, JSON punctuation. */
  skipped: number;
}

export const UNPARSED_TEXT_LINES = 200;
export const UNPARSED_TEXT_CHARS = 500;

export interface SourceReport {
  name: string;
  format: FormatId;
  /** 0..1: share of sampled lines the chosen format recognised (1 for forced or document formats). */
  confidence: number;
  counts: SourceCounts;
  unparsedLines: number[];
  /**
   * The text of the first unparsed lines (UNPARSED_TEXT_LINES of them, in the order of
   * unparsedLines), each cut at UNPARSED_TEXT_CHARS: what a preview shows, without splitting
   * the source again.
   */
  unparsedText: string[];
  skippedLines: number[];
  first: number | undefined;
  last: number | undefined;
  /** Distinct flags that occur in this source. */
  flags: AssumptionFlag[];
  /** Human-readable assumptions, one sentence each. */
  assumptions: string[];
  traces: TraceReport | undefined;
}

export type SpanKind = "internal" | "server" | "client" | "producer" | "consumer" | "unspecified";

export interface Span {
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  service: string;
  host: string | undefined;
  kind: SpanKind;
  /** Start in ms (UTC) and exact ns string. */
  start: number;
  startNs: string;
  durationMs: number;
  durationNs: string;
  isError: boolean;
  /** Zipkin B3 shared server half. */
  isShared: boolean;
  remoteService: string | undefined;
  source: string;
  line: number;
}

export interface ServiceEdge {
  from: string;
  to: string;
  calls: number;
  errors: number;
}

export interface SkewEstimate {
  service: string;
  host: string | undefined;
  /** How far this service's clock runs ahead (+) or behind (−) its callers, in ms. */
  ms: number;
  method: "jaeger-centring" | "zipkin-centring" | "containment";
  /** Number of client/server span pairs the estimate rests on. */
  spans: number;
}

export interface TraceReport {
  spans: Span[];
  edges: ServiceEdge[];
  errorSpans: Span[];
  skew: SkewEstimate[];
  /** Spans whose parent id is not in the input. */
  orphans: Span[];
}

export interface IngestResult {
  sources: SourceReport[];
  /** All events of all sources in one stable UTC order. */
  events: IngestEvent[];
  /** Spans, edges and skew over all trace sources together. */
  traces: TraceReport;
}

/** What `summarize` returns: `IngestResult` without the events, with their count and range. */
export interface IngestSummary {
  sources: SourceReport[];
  /** Number of events over all sources. */
  events: number;
  /** Earliest and latest event time (UTC ms), undefined without events. */
  first: number | undefined;
  last: number | undefined;
  traces: TraceReport;
}
