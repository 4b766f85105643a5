// Field lookup shared by the structured formats (JSON lines, logfmt, CSV): the names the
// common loggers use for time, level, message, service, host and trace ids.

import type { DecodedLine, ParseContext } from "../line-format";
import type { EventRecord } from "../event";
import { levelFromValue } from "../levels";
import { newStamp, scanTimestamp, nsToMs, type Stamp } from "../time/scan";
import type { Level } from "../types";
import { Char } from "../chars";

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

/** The time value FieldScan would pick: time keys are flat, so the first by rank that is set. */
export function timeOf(obj: Bag): unknown {
  for (let i = 0; i < TIME_KEYS.length; i++) {
    const v = obj[TIME_KEYS[i] as string];
    if (v !== undefined && v !== null && v !== "") return v;
  }
  return undefined;
}

export function firstOf(obj: Bag, keys: readonly string[]): unknown {
  for (const key of keys) {
    const v = pick(obj, key);
    if (v !== undefined && v !== null && v !== "") return v;
  }
  return undefined;
}

// Roles in a fixed order; a record's keys are looked up once each in KEY_ROLES instead of
// probing every known name per role (about 80 missing-property lookups per line).
const ROLE_LISTS = [
  TIME_KEYS,
  LEVEL_KEYS,
  MESSAGE_KEYS,
  SERVICE_KEYS,
  HOST_KEYS,
  TRACE_KEYS,
  SPAN_KEYS,
  PARENT_KEYS,
];
const ROLE_COUNT = ROLE_LISTS.length;
const KEY_ROLES = new Map<string, { role: number; rank: number }[]>();
const NESTED_HEADS = new Set<string>();
ROLE_LISTS.forEach((keys, role) =>
  keys.forEach((key, rank) => {
    const list = KEY_ROLES.get(key) ?? [];
    list.push({ role, rank });
    KEY_ROLES.set(key, list);
    for (let dot = key.indexOf("."); dot > 0; dot = key.indexOf(".", dot + 1))
      NESTED_HEADS.add(key.slice(0, dot));
  }),
);

/** The best value found per role in one record (lowest rank wins), reused across records. */
export class FieldScan {
  readonly values: unknown[] = new Array<unknown>(ROLE_COUNT).fill(undefined);
  readonly ranks: number[] = new Array<number>(ROLE_COUNT).fill(1e9);

  read(obj: Bag): this {
    this.values.fill(undefined);
    this.ranks.fill(1e9);
    this.scan(obj, "", 0);
    return this;
  }

  private scan(obj: Bag, prefix: string, depth: number): void {
    for (const key in obj) {
      const full = depth === 0 ? key : `${prefix}.${key}`;
      const value = obj[key];
      if (value === undefined || value === null || value === "") continue;
      const hits = KEY_ROLES.get(full);
      if (hits) {
        for (const hit of hits) {
          if (hit.rank < (this.ranks[hit.role] ?? 1e9)) {
            this.values[hit.role] = value;
            this.ranks[hit.role] = hit.rank;
          }
        }
      }
      if (depth < 3 && typeof value === "object" && NESTED_HEADS.has(full))
        this.scan(value as Bag, full, depth + 1);
    }
  }

  get time(): unknown {
    return this.values[0];
  }

  get level(): Level | undefined {
    return levelFromValue(this.values[1]);
  }

  get message(): string {
    const v = this.values[2];
    if (typeof v === "string") return v;
    if (v === undefined) return "";
    return typeof v === "object" ? JSON.stringify(v) : String(v);
  }

  text(role: number): string | undefined {
    const v = this.values[role];
    if (typeof v === "string") return v;
    if (typeof v === "number") return String(v);
    return undefined;
  }
}

export const ROLE = { service: 3, host: 4, trace: 5, span: 6, parent: 7 } as const;

const stamp = newStamp();

/**
 * Scans a time value of any JSON shape (ISO string, epoch number in any unit, zap float
 * seconds, log4j2 {epochSecond, nanoOfSecond}, {$date}) into `st`; false when it is no
 * timestamp. Absolute values set st.epochMs (and st.epochNs when exact to the ns).
 */
export function stampFromTimeValue(value: unknown, st: Stamp): boolean {
  if (typeof value === "string") {
    let p = 0;
    while (value.charCodeAt(p) === Char.SPACE) p++;
    return scanTimestamp(value, p, st);
  }
  if (typeof value === "number" && Number.isFinite(value) && value > 0) {
    // Whole milliseconds (pino, bunyan epoch) need no string work.
    if (value >= 1e11 && value < 1e14 && Number.isInteger(value)) {
      st.epochMs = value;
      st.epochNs = "";
      return true;
    }
    const text = String(value);
    if (text.includes("e")) return false;
    const dot = text.indexOf(".");
    return scanTimestamp(text, 0, st) && (dot >= 0 || st.end === text.length);
  }
  if (value && typeof value === "object") {
    const o = value as Bag;
    if (typeof o.epochSecond === "number") {
      const nano = typeof o.nanoOfSecond === "number" ? o.nanoOfSecond : 0;
      const ns = String(o.epochSecond) + String(nano).padStart(9, "0");
      st.epochMs = nsToMs(ns);
      st.epochNs = ns;
      return true;
    }
    if (typeof o.$date === "string" || typeof o.$date === "number")
      return stampFromTimeValue(o.$date, st);
  }
  return false;
}

/** A time value as written, for timeText (stampFromTimeValue accepted it). */
export function timeTextOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object") {
    const o = value as Bag;
    if (typeof o.epochSecond === "number") return JSON.stringify(value);
    if (typeof o.$date === "string" || typeof o.$date === "number") return timeTextOf(o.$date);
  }
  return "";
}

/** Emits an event from a time value of any JSON shape; undefined when it is no timestamp. */
export function emitFromTimeValue(
  ctx: ParseContext,
  value: unknown,
  lineNo: number,
  level: Level | undefined,
  message: string,
): EventRecord | undefined {
  if (!stampFromTimeValue(value, stamp)) return undefined;
  return ctx.emit(stamp, timeTextOf(value), lineNo, level, message);
}

/** The same in a lite pass: only the time is kept. */
export function keepTimeFromValue(
  ctx: ParseContext,
  value: unknown,
  lineNo: number,
): EventRecord | undefined {
  if (!stampFromTimeValue(value, stamp)) return undefined;
  return ctx.keepTime(stamp, lineNo);
}

/** The fields every structured record shares, as a stateless format decodes them. */
export function setCommonFields(out: DecodedLine, scan: FieldScan): void {
  let traceId = scan.text(ROLE.trace);
  if (traceId) {
    // GCP writes "projects/<p>/traces/<id>".
    const slash = traceId.lastIndexOf("/");
    if (slash >= 0) traceId = traceId.slice(slash + 1);
  }
  out.service = scan.text(ROLE.service);
  out.host = scan.text(ROLE.host);
  out.traceId = traceId;
  out.spanId = scan.text(ROLE.span);
  out.parentSpanId = scan.text(ROLE.parent);
}
