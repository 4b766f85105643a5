// OTLP file-exporter output (the collector's `file` exporter, `otlpjsonfile`): one
// TracesData or LogsData object per line. Spans become events and feed the trace analysis.

import { Char } from "../chars";
import { classifyDocument } from "../document-shapes";
import { NOT_ENTRY, type ParseContext, type StatefulLineFormat } from "../line-format";
import { isBlank } from "../lines";
import { emitOtlpLogs, emitSpans, otlpSpans } from "../traces/documents";
import type { SpanDraft } from "../traces/span-draft";

/** Whole-source check: the first non-blank line is an OTLP traces or logs object. */
function looksLikeOtlpJsonLines(lines: readonly string[]): boolean {
  const first = lines[0];
  if (!first || first.charCodeAt(0) !== Char.LEFT_BRACE) return false;
  const head = first.slice(0, 120);
  return head.includes('"resourceSpans"') || head.includes('"resourceLogs"');
}

function readOtlpJsonLines(ctx: ParseContext): SpanDraft[] {
  const spans: SpanDraft[] = [];
  const lines = ctx.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines.at(i) as string;
    if (isBlank(line)) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    const kind = classifyDocument(value);
    const before = ctx.events.length;
    if (kind === "otlp-traces") {
      const lineSpans = otlpSpans(value, ctx.name);
      emitSpans(ctx, lineSpans, undefined, i + 1);
      for (const span of lineSpans) spans.push(span);
    } else if (kind === "otlp-logs") emitOtlpLogs(ctx, value, undefined, i + 1);
    if (ctx.events.length === before) ctx.reject(i + 1);
  }
  ctx.markStructuralLines();
  return spans;
}

export const otlpJsonl: StatefulLineFormat = {
  id: "otlp-jsonl",
  label: "OTLP JSON lines (file exporter)",
  detectionOrder: 10,
  sample: [
    '{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"payments-api"}}]},"scopeSpans":[{"spans":[{"traceId":"5f2c1e9a0b7d4c3e8a1f2b3c4d5e6071","spanId":"1a2b3c4d5e6f7081","name":"POST /pay","kind":2,"startTimeUnixNano":"1773479525000000000","endTimeUnixNano":"1773479525350000000"}]}]}]}',
    '{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"payments-api"}}]},"scopeLogs":[{"logRecords":[{"timeUnixNano":"1773479525350000000","severityNumber":17,"body":{"stringValue":"pool exhausted"}}]}]}]}',
  ],
  test: () => false,
  detectSource: (lines) => (looksLikeOtlpJsonLines(lines) ? 1 : 0),
  foldsAnything: false,
  isOrdered: false,
  refills: false,
  create: () => ({ parse: () => NOT_ENTRY }),
  parseAll: readOtlpJsonLines,
};
