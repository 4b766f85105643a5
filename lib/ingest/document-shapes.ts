// Whole-text JSON documents: trace exports (Jaeger, Zipkin, OTLP traces), OTLP logs, and
// JSON exports of log objects, told apart by their shape.

import { Char } from "./chars";
import type { DocumentFormatId } from "./types";

export interface DocumentDetection {
  format: DocumentFormatId;
  value: unknown;
}

/** A whole-text JSON document (trace exports, OTLP, arrays of log objects), or undefined. */
export function detectDocument(text: string): DocumentDetection | undefined {
  let p = 0;
  while (p < text.length && (text.charCodeAt(p) <= Char.SPACE || text.charCodeAt(p) === Char.BOM))
    p++;
  const c = text.charCodeAt(p);
  if (c !== Char.LEFT_BRACE && c !== Char.LEFT_BRACKET) return undefined;
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
