// Field lookup shared by the structured formats (JSON lines, logfmt, CSV): the names the
// common loggers use for time, level, message, service, host and trace ids.

import type { SourceContext } from "../context";
import type { EventRecord } from "../event";
import { levelFromValue } from "../levels";
import { newStamp, scanTimestamp, epochToNs, nsToMs } from "../time/scan";
import type { Level } from "../types";

// pino/bunyan: time, level (number), msg, name, hostname. winston: timestamp, level, message.
// zap: ts (float s), level, msg, logger, caller. logrus: time, level, msg. ECS: @timestamp,
// log.level, message, service.name, host.name. Logstash: @timestamp, message. GCP: timestamp,
// severity, textPayload/jsonPayload.message, logging.googleapis.com/trace. CLEF: @t, @l, @m, @mt.
export const TIME_KEYS = [
  "@timestamp",
  "timestamp",
  "time",
  "ts",
  "@t",
  "t",
  "date",
  "datetime",
  "eventTime",
  "timeMillis",
  "instant",
  "receiveTimestamp",
  "logtime",
  "log_time",
  "asctime",
  "created",
];
export const LEVEL_KEYS = [
  "level",
  "log.level",
  "severity",
  "@l",
  "lvl",
  "levelname",
  "loglevel",
  "log_level",
  "severity_text",
  "severityText",
  "levelName",
  "priority",
];
export const MESSAGE_KEYS = [
  "msg",
  "message",
  "@m",
  "@mt",
  "textPayload",
  "jsonPayload.message",
  "log",
  "short_message",
  "full_message",
  "body",
  "event",
  "text",
];
export const SERVICE_KEYS = [
  "service.name",
  "service",
  "svc",
  "serviceContext.service",
  "app",
  "application",
  "name",
  "logger",
  "logger_name",
  "log.logger",
  "component",
  "resource.labels.service_name",
  "resource.labels.container_name",
  "kubernetes.container_name",
  "source",
];
export const HOST_KEYS = [
  "host.name",
  "hostname",
  "host",
  "host.hostname",
  "service.node.name",
  "kubernetes.pod_name",
  "kubernetes.pod.name",
  "pod",
  "node",
  "resource.labels.pod_name",
  "resource.labels.instance_id",
];
export const TRACE_KEYS = [
  "trace_id",
  "traceId",
  "trace.id",
  "traceID",
  "dd.trace_id",
  "logging.googleapis.com/trace",
  "trace",
  "@tr",
  "TraceId",
  "otelTraceID",
];
export const SPAN_KEYS = [
  "span_id",
  "spanId",
  "span.id",
  "spanID",
  "dd.span_id",
  "logging.googleapis.com/spanId",
  "@sp",
  "SpanId",
  "otelSpanID",
];
export const PARENT_KEYS = ["parent_span_id", "parentSpanId", "parent_id", "parentId"];

type Bag = Record<string, unknown>;

/** Reads "a.b.c" as a flat key first (ECS flattened), then as a nested path. */
export function pick(obj: Bag, key: string): unknown {
  const flat = obj[key];
  if (flat !== undefined) return flat;
  const dot = key.indexOf(".");
  if (dot < 0) return undefined;
  const head = obj[key.slice(0, dot)];
  if (head === null || typeof head !== "object") return undefined;
  return pick(head as Bag, key.slice(dot + 1));
}

export function firstOf(obj: Bag, keys: readonly string[]): unknown {
  for (const key of keys) {
    const v = pick(obj, key);
    if (v !== undefined && v !== null && v !== "") return v;
  }
  return undefined;
}

export function firstString(obj: Bag, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const v = pick(obj, key);
    if (typeof v === "string" && v !== "") return v;
    if (typeof v === "number") return String(v);
    if (v && typeof v === "object" && key === "host") {
      const name = (v as Bag).name ?? (v as Bag).hostname;
      if (typeof name === "string") return name;
    }
  }
  return undefined;
}

const stamp = newStamp();

/**
 * Emits an event from a time value of any JSON shape (ISO string, epoch number in any unit,
 * zap float seconds, log4j2 {epochSecond, nanoOfSecond}). Returns undefined when the value is
 * no timestamp.
 */
export function emitFromTimeValue(
  ctx: SourceContext,
  value: unknown,
  lineNo: number,
  level: Level | undefined,
  message: string,
): EventRecord | undefined {
  if (typeof value === "string") {
    let p = 0;
    while (value.charCodeAt(p) === 32) p++;
    if (!scanTimestamp(value, p, stamp)) return undefined;
    return ctx.emit(stamp, value, lineNo, level, message);
  }
  if (typeof value === "number" && Number.isFinite(value) && value > 0) {
    const text = String(value);
    const dot = text.indexOf(".");
    const ns = dot < 0 ? epochToNs(text) : epochToNs(text.slice(0, dot), text.slice(dot + 1));
    if (ns === "" || text.includes("e")) return undefined;
    const event = ctx.emitAt(nsToMs(ns), text, lineNo, level, message);
    event.timeNs = ns;
    return event;
  }
  if (value && typeof value === "object") {
    const o = value as Bag;
    if (typeof o.epochSecond === "number") {
      const nano = typeof o.nanoOfSecond === "number" ? o.nanoOfSecond : 0;
      const ns = String(o.epochSecond) + String(nano).padStart(9, "0");
      const event = ctx.emitAt(nsToMs(ns), JSON.stringify(value), lineNo, level, message);
      event.timeNs = ns;
      return event;
    }
    if (typeof o.$date === "string" || typeof o.$date === "number") {
      return emitFromTimeValue(ctx, o.$date, lineNo, level, message);
    }
  }
  return undefined;
}

/** Fills service, host, trace ids and attributes of an event from a structured record. */
export function applyCommonFields(event: EventRecord, obj: Bag): void {
  event.service = firstString(obj, SERVICE_KEYS);
  event.host = firstString(obj, HOST_KEYS);
  const trace = firstString(obj, TRACE_KEYS);
  if (trace) {
    // GCP writes "projects/<p>/traces/<id>".
    const slash = trace.lastIndexOf("/");
    event.traceId = slash >= 0 ? trace.slice(slash + 1) : trace;
  }
  event.spanId = firstString(obj, SPAN_KEYS);
  event.parentSpanId = firstString(obj, PARENT_KEYS);
  event.attributes = obj;
}

export function levelOf(obj: Bag): Level | undefined {
  return levelFromValue(firstOf(obj, LEVEL_KEYS));
}

export function messageOf(obj: Bag): string {
  const v = firstOf(obj, MESSAGE_KEYS);
  if (typeof v === "string") return v;
  if (v === undefined) return "";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}
