// Trace and OTLP documents → spans and events: Jaeger JSON (UI export, API, single trace),
// Zipkin v2 (span arrays, arrays of traces), OTLP/JSON traces and logs. Each span becomes one
// event at its start; its excerpt is the span object's own lines in the document.

import type { ParseContext } from "../line-format";
import { levelFromName, levelFromOtlp } from "../levels";
import type { DocumentFormatId, SpanKind } from "../types";
import type { SpanDraft } from "./span-draft";
import { attributesToObject, isBag, nsDiff, nsString, nsToMsNumber, str } from "./otlp-values";
import type { ObjectLines } from "./positions";

type Bag = Record<string, unknown>;

export type { SpanDraft };

const OTLP_KINDS: SpanKind[] = [
  "unspecified",
  "internal",
  "server",
  "client",
  "producer",
  "consumer",
];

function kindFrom(text: unknown): SpanKind {
  const k = typeof text === "string" ? text.toLowerCase() : "";
  return k === "server" ||
    k === "client" ||
    k === "producer" ||
    k === "consumer" ||
    k === "internal"
    ? k
    : "unspecified";
}

function baseSpan(
  node: object,
  source: string,
): Omit<
  SpanDraft,
  | "traceId"
  | "spanId"
  | "name"
  | "service"
  | "kind"
  | "start"
  | "startNs"
  | "durationMs"
  | "durationNs"
> {
  return {
    node,
    parentSpanId: undefined,
    host: undefined,
    hostKey: undefined,
    isError: false,
    isShared: false,
    remoteService: undefined,
    source,
    line: 0,
    attributes: {},
  };
}

function jaegerTags(list: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!Array.isArray(list)) return out;
  for (const kv of list) if (isBag(kv) && typeof kv.key === "string") out[kv.key] = kv.value;
  return out;
}

function jaegerTraces(value: unknown): Bag[] {
  if (Array.isArray(value)) return value.filter(isBag);
  if (isBag(value) && Array.isArray(value.data)) return value.data.filter(isBag);
  if (isBag(value)) return [value];
  return [];
}

export function jaegerSpans(value: unknown, source: string): SpanDraft[] {
  const out: SpanDraft[] = [];
  for (const trace of jaegerTraces(value)) {
    const processes = isBag(trace.processes) ? trace.processes : {};
    const spans = Array.isArray(trace.spans) ? trace.spans : [];
    for (const s of spans) {
      if (!isBag(s)) continue;
      const process = isBag(processes[String(s.processID)])
        ? (processes[String(s.processID)] as Bag)
        : isBag(s.process)
          ? s.process
          : {};
      const ptags = jaegerTags(process.tags);
      const tags = jaegerTags(s.tags);
      const refs = Array.isArray(s.references) ? s.references.filter(isBag) : [];
      const parentRef = refs.find((r) => r.refType === "CHILD_OF") ?? refs[0];
      const startUs = typeof s.startTime === "number" ? s.startTime : Number(s.startTime);
      const durationUs = typeof s.duration === "number" ? s.duration : Number(s.duration ?? 0);
      if (!Number.isFinite(startUs)) continue;
      const startNs = String(Math.round(startUs)) + "000";
      const status = str(tags["otel.status_code"]);
      out.push({
        ...baseSpan(s, source),
        traceId: str(s.traceID) ?? str(trace.traceID) ?? "",
        spanId: str(s.spanID) ?? "",
        parentSpanId: str(parentRef?.spanID) ?? str(s.parentSpanID),
        name: str(s.operationName) ?? "",
        service: str(process.serviceName) ?? "unknown",
        host: str(ptags.hostname) ?? str(ptags["host.name"]),
        hostKey:
          str(ptags.ip) ??
          str(ptags["host.id"]) ??
          str(ptags["host.ip"]) ??
          str(ptags["host.name"]) ??
          str(ptags.hostname),
        kind: kindFrom(tags["span.kind"]),
        start: startUs / 1000,
        startNs,
        durationMs: durationUs / 1000,
        durationNs: String(Math.round(durationUs)) + "000",
        isError: tags.error === true || tags.error === "true" || status === "ERROR",
        remoteService: str(tags["peer.service"]),
        attributes: { ...tags, "process.tags": ptags },
      });
    }
  }
  return out;
}

export function zipkinSpans(value: unknown, source: string): SpanDraft[] {
  const list: unknown[] = Array.isArray(value)
    ? value.flatMap((v) => (Array.isArray(v) ? v : [v]))
    : [];
  const out: SpanDraft[] = [];
  for (const s of list) {
    if (!isBag(s) || typeof s.traceId !== "string" || typeof s.id !== "string") continue;
    const local = isBag(s.localEndpoint) ? s.localEndpoint : {};
    const remote = isBag(s.remoteEndpoint) ? s.remoteEndpoint : {};
    const tags = isBag(s.tags) ? s.tags : {};
    const ts = typeof s.timestamp === "number" ? s.timestamp : Number(s.timestamp);
    if (!Number.isFinite(ts)) continue;
    const duration = typeof s.duration === "number" ? s.duration : 0;
    out.push({
      ...baseSpan(s, source),
      traceId: s.traceId,
      spanId: s.id,
      parentSpanId: str(s.parentId),
      name: str(s.name) ?? "",
      service: str(local.serviceName) ?? "unknown",
      host: str(local.ipv4) ?? str(local.ipv6),
      hostKey: str(local.ipv4) ?? str(local.ipv6),
      kind: kindFrom(s.kind),
      start: ts / 1000,
      startNs: String(Math.round(ts)) + "000",
      durationMs: duration / 1000,
      durationNs: String(Math.round(duration)) + "000",
      isError: "error" in tags,
      isShared: s.shared === true,
      remoteService: str(remote.serviceName),
      attributes: { ...tags },
    });
  }
  return out;
}

function resources(value: unknown, key: "resourceSpans" | "resourceLogs"): Bag[] {
  // The OTLP file exporter writes one TracesData/LogsData per line; callers pass each.
  if (isBag(value) && Array.isArray(value[key])) return value[key].filter(isBag);
  return [];
}

export function otlpSpans(value: unknown, source: string): SpanDraft[] {
  const out: SpanDraft[] = [];
  for (const rs of resources(value, "resourceSpans")) {
    const resource = attributesToObject(isBag(rs.resource) ? rs.resource.attributes : undefined);
    const scopes = Array.isArray(rs.scopeSpans)
      ? rs.scopeSpans
      : Array.isArray(rs.instrumentationLibrarySpans)
        ? rs.instrumentationLibrarySpans
        : [];
    for (const ss of scopes) {
      if (!isBag(ss) || !Array.isArray(ss.spans)) continue;
      for (const s of ss.spans) {
        if (!isBag(s)) continue;
        const startNs = nsString(s.startTimeUnixNano);
        if (startNs === "") continue;
        const endNs = nsString(s.endTimeUnixNano);
        const durationNs = nsDiff(endNs, startNs);
        const attributes = attributesToObject(s.attributes);
        const status = isBag(s.status) ? s.status : {};
        const kind =
          typeof s.kind === "number"
            ? (OTLP_KINDS[s.kind] ?? "unspecified")
            : kindFrom(String(s.kind ?? "").replace(/^SPAN_KIND_/, ""));
        out.push({
          ...baseSpan(s, source),
          traceId: (str(s.traceId) ?? "").toLowerCase(),
          spanId: (str(s.spanId) ?? "").toLowerCase(),
          parentSpanId: str(s.parentSpanId)?.toLowerCase(),
          name: str(s.name) ?? "",
          service: str(resource["service.name"]) ?? "unknown",
          host: str(resource["host.name"]) ?? str(resource["k8s.pod.name"]),
          hostKey:
            str(resource["host.id"]) ??
            str(resource["host.ip"]) ??
            str(resource["host.name"]) ??
            str(resource["k8s.pod.name"]),
          kind,
          start: nsToMsNumber(startNs),
          startNs,
          durationMs: Number(durationNs) / 1e6,
          durationNs,
          isError: status.code === 2 || status.code === "STATUS_CODE_ERROR",
          remoteService: str(attributes["peer.service"]),
          attributes: {
            ...attributes,
            resource,
            ...(str(status.message) ? { "status.message": status.message } : {}),
          },
        });
      }
    }
  }
  return out;
}

/** Turns span drafts into events (one per span, at its start) with the span object's lines. */
export function emitSpans(
  ctx: ParseContext,
  spans: SpanDraft[],
  positions: ObjectLines | undefined,
  lineNo = 1,
): void {
  for (const span of spans) {
    const lines = positions?.linesOf(span.node) ?? [lineNo, lineNo];
    span.line = lines[0];
    const event = ctx.emitAt(
      Math.floor(span.start),
      span.startNs,
      lines[0],
      span.isError ? "error" : "info",
      span.name,
    );
    event.timeNs = span.startNs;
    event.lastLine = lines[1];
    event.service = span.service;
    event.host = span.host;
    event.traceId = span.traceId;
    event.spanId = span.spanId;
    event.parentSpanId = span.parentSpanId;
    event.attributes = { kind: span.kind, durationMs: span.durationMs, ...span.attributes };
  }
}

export function emitOtlpLogs(
  ctx: ParseContext,
  value: unknown,
  positions: ObjectLines | undefined,
  lineNo = 1,
): void {
  for (const rl of resources(value, "resourceLogs")) {
    const resource = attributesToObject(isBag(rl.resource) ? rl.resource.attributes : undefined);
    const scopes = Array.isArray(rl.scopeLogs) ? rl.scopeLogs : [];
    for (const sl of scopes) {
      if (!isBag(sl) || !Array.isArray(sl.logRecords)) continue;
      const scope = isBag(sl.scope) ? str(sl.scope.name) : undefined;
      for (const r of sl.logRecords) {
        if (!isBag(r)) continue;
        const ns = nsString(r.timeUnixNano) || nsString(r.observedTimeUnixNano);
        if (ns === "") continue;
        const lines = positions?.linesOf(r) ?? [lineNo, lineNo];
        const level =
          typeof r.severityNumber === "number"
            ? levelFromOtlp(r.severityNumber)
            : levelFromName(str(r.severityText) ?? "");
        const body = isBag(r.body) ? attributesToObject([{ key: "b", value: r.body }]).b : r.body;
        const message =
          typeof body === "string" ? body : body === undefined ? "" : JSON.stringify(body);
        const event = ctx.emitAt(Math.floor(nsToMsNumber(ns)), ns, lines[0], level, message);
        event.timeNs = ns;
        event.lastLine = lines[1];
        event.service = str(resource["service.name"]);
        event.host = str(resource["host.name"]) ?? str(resource["k8s.pod.name"]);
        event.traceId = str(r.traceId)?.toLowerCase();
        event.spanId = str(r.spanId)?.toLowerCase();
        event.attributes = { ...attributesToObject(r.attributes), scope, resource };
      }
    }
  }
}

export function spansOf(format: DocumentFormatId, value: unknown, source: string): SpanDraft[] {
  if (format === "jaeger") return jaegerSpans(value, source);
  if (format === "zipkin") return zipkinSpans(value, source);
  if (format === "otlp-traces") return otlpSpans(value, source);
  return [];
}
