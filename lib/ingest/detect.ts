// Format detection: whole-source shapes first (JSON documents, kubectl tables, Slack, CSV),
// then every line format is tried on a sample of lines and the one that recognises the most
// wins (ties go to the more specific format). Continuation-looking lines (stack frames) are
// left out of the sample so multi-line formats are not penalised.

import { isBlank, isContinuation, type LineList } from "./lines";
import { looksLikeCsv } from "./formats/csv";
import type { LineFormat } from "./line-format";
import { DETECTABLE_LINE_FORMATS, csv, slack, timestamped } from "./formats/registry";
import { looksLikeSlack } from "./formats/slack";
import type { DocumentFormatId } from "./types";
import { SPACE, LEFT_BRACKET, LEFT_BRACE, BOM } from "./chars";

const SAMPLE_LINES = 200;
const MIN_SHARE = 0.3;

export interface LineDetection {
  format: LineFormat | undefined;
  confidence: number;
}

export function detectLineFormat(lines: LineList): LineDetection {
  const sample: string[] = [];
  let firstIndex = -1;
  for (let i = 0; i < lines.length && sample.length < SAMPLE_LINES; i++) {
    const line = lines.at(i) as string;
    if (isBlank(line)) continue;
    if (firstIndex < 0) firstIndex = i;
    if (sample.length > 0 && isContinuation(line)) continue;
    sample.push(line.length > 4096 ? line.slice(0, 4096) : line);
  }
  if (sample.length === 0) return { format: undefined, confidence: 0 };
  const nonBlank = lines.slice(firstIndex, firstIndex + 500).filter((l) => !isBlank(l));
  if (/^(?:NAMESPACE\s+)?LAST SEEN\s+TYPE\s+REASON/.test(sample[0] ?? "")) {
    const k8s = DETECTABLE_LINE_FORMATS.find((f) => f.id === "k8s-events");
    if (k8s) return { format: k8s, confidence: 1 };
  }
  if (looksLikeSlack(nonBlank.slice(0, 400))) return { format: slack, confidence: 0.8 };
  if (looksLikeCsv(nonBlank.slice(0, 60))) return { format: csv, confidence: 0.9 };
  let best: LineFormat | undefined;
  let bestCount = 0;
  for (const format of DETECTABLE_LINE_FORMATS) {
    let count = 0;
    for (const line of sample) if (format.test(line)) count++;
    if (count > bestCount) {
      best = format;
      bestCount = count;
    }
  }
  if (!best || bestCount / sample.length < MIN_SHARE) {
    const confidence = timestamped.detectWhenNothingElse?.(sample) ?? 0;
    if (confidence > 0) return { format: timestamped, confidence };
    return { format: undefined, confidence: 0 };
  }
  return { format: best, confidence: Math.round((bestCount / sample.length) * 100) / 100 };
}

export interface DocumentDetection {
  format: DocumentFormatId;
  value: unknown;
}

/** A whole-text JSON document (trace exports, OTLP, arrays of log objects), or undefined. */
export function detectDocument(text: string): DocumentDetection | undefined {
  let p = 0;
  while (p < text.length && (text.charCodeAt(p) <= SPACE || text.charCodeAt(p) === BOM)) p++;
  const c = text.charCodeAt(p);
  if (c !== LEFT_BRACE && c !== LEFT_BRACKET) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(p > 0 ? text.slice(p) : text);
  } catch {
    return undefined;
  }
  const format = classifyDocument(value);
  return format ? { format, value } : undefined;
}

export function classifyDocument(value: unknown): DocumentFormatId | undefined {
  if (Array.isArray(value)) {
    const first: unknown = Array.isArray(value[0]) ? (value[0] as unknown[])[0] : value[0];
    if (isObject(first) && typeof first.traceId === "string" && typeof first.id === "string")
      return "zipkin";
    if (
      isObject(first) &&
      (isObject(first.spans) || Array.isArray(first.spans)) &&
      "traceID" in first
    )
      return "jaeger";
    if (isObject(first)) return "json-array";
    return undefined;
  }
  if (!isObject(value)) return undefined;
  if (Array.isArray(value.resourceSpans)) return "otlp-traces";
  if (Array.isArray(value.resourceLogs)) return "otlp-logs";
  if (Array.isArray(value.data)) {
    const first: unknown = value.data[0];
    if (isObject(first) && Array.isArray(first.spans)) return "jaeger";
  }
  if (Array.isArray(value.spans) && isObject(value.processes)) return "jaeger";
  return logRecordsOf(value) ? "json-array" : undefined;
}

/**
 * The log records inside a JSON export: a bare array, Elasticsearch/OpenSearch search hits
 * (`hits.hits[]._source`), or CloudWatch `filter-log-events` output (`events[]`).
 */
export function logRecordsOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return undefined;
  const hits = isObject(value.hits) ? value.hits.hits : undefined;
  if (Array.isArray(hits) && hits.length > 0)
    return hits.map((h: unknown) => (isObject(h) && isObject(h._source) ? h._source : h));
  if (Array.isArray(value.events) && isObject(value.events[0]) && "timestamp" in value.events[0])
    return value.events;
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** OTLP file-exporter output: one TracesData/LogsData object per line. */
export function looksLikeOtlpJsonLines(lines: LineList): boolean {
  let first: string | undefined;
  for (let i = 0; i < lines.length && first === undefined; i++) {
    const line = lines.at(i) as string;
    if (!isBlank(line)) first = line;
  }
  if (!first || first.charCodeAt(0) !== LEFT_BRACE) return false;
  const head = first.slice(0, 120);
  return head.includes('"resourceSpans"') || head.includes('"resourceLogs"');
}
