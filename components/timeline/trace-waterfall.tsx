"use client";

// A trace as a waterfall: one bar per span, indented under its parent, coloured by service,
// errors in red. When the trace analysis estimated a clock skew for a service, its spans
// can be shown as recorded (raw) or shifted by the estimate (adjusted).
import { useMemo, useState } from "react";
import type { SkewEstimate } from "@/lib/ingest/types";
import type { TraceSpanView, TraceView } from "@/lib/traces/get-trace-analysis";
import { revealInvisible } from "@/lib/text/clean-text";

const PALETTE = ["#2f5bd3", "#1f7a4d", "#8a6d00", "#7b3fb5", "#0e7490", "#c4520f", "#4a5567"];

export function TraceWaterfall({
  traces,
  skew,
  initialTraceId,
}: {
  traces: TraceView[];
  skew: SkewEstimate[];
  initialTraceId: string | null;
}) {
  const [traceId, setTraceId] = useState(
    traces.some((trace) => trace.traceId === initialTraceId)
      ? initialTraceId
      : (traces[0]?.traceId ?? null),
  );
  const [isAdjusted, setIsAdjusted] = useState(false);
  const trace = traces.find((candidate) => candidate.traceId === traceId);
  const colours = useMemo(() => {
    const names = [
      ...new Set(traces.flatMap((item) => item.spans.map((span) => span.service))),
    ].sort();
    return new Map(
      names.map((name, index) => [name, PALETTE[index % PALETTE.length] ?? "#4a5567"]),
    );
  }, [traces]);

  if (!trace) return <p className="muted">No spans in the imported traces.</p>;
  const offsetOf = (span: TraceSpanView) => {
    const estimate = skew.find(
      (item) =>
        item.service === span.service && (item.host === undefined || item.host === span.host),
    );
    return estimate ? estimate.ms : 0;
  };
  const startOf = (span: TraceSpanView) => span.start - (isAdjusted ? offsetOf(span) : 0);
  const rows = orderByTree(trace.spans);
  const begin = Math.min(...rows.map(({ span }) => startOf(span)));
  const end = Math.max(...rows.map(({ span }) => startOf(span) + span.durationMs));
  const width = Math.max(end - begin, 0.001);

  return (
    <div className="stack-tight" data-testid="waterfall">
      <div className="row">
        <label className="field">
          <span>Trace</span>
          <select value={trace.traceId} onChange={(event) => setTraceId(event.target.value)}>
            {traces.map((item) => (
              <option key={item.traceId} value={item.traceId}>
                {item.rootName} · {item.traceId.slice(0, 12)}… ({item.spans.length} spans
                {item.isFailed ? ", failed" : ""})
              </option>
            ))}
          </select>
        </label>
        {skew.length > 0 && (
          <fieldset className="row tight toggle" aria-label="Span times">
            <label>
              <input
                type="radio"
                name="skew"
                checked={!isAdjusted}
                onChange={() => setIsAdjusted(false)}
              />{" "}
              Raw clocks
            </label>
            <label>
              <input
                type="radio"
                name="skew"
                checked={isAdjusted}
                onChange={() => setIsAdjusted(true)}
              />{" "}
              Adjusted for skew
            </label>
          </fieldset>
        )}
        <span className="muted small">{(end - begin).toFixed(1)} ms</span>
      </div>
      <ol className="waterfall">
        {rows.map(({ span, depth }) => {
          const offset = offsetOf(span);
          const left = ((startOf(span) - begin) / width) * 100;
          const barWidth = Math.max((span.durationMs / width) * 100, 0.4);
          return (
            <li
              key={`${span.service}:${span.spanId}`}
              className={`waterfall-row${span.isError ? " is-error" : ""}`}
              data-testid="waterfall-span"
            >
              <span className="waterfall-label" style={{ paddingLeft: `${depth * 0.9}rem` }}>
                <strong>{revealInvisible(span.service)}</strong> {revealInvisible(span.name)}
                {span.isError && <span className="badge error-badge">error</span>}
                {offset !== 0 && (
                  <span className="badge skew-badge" data-testid="skew-badge">
                    clock {offset > 0 ? "+" : "−"}
                    {Math.abs(offset).toFixed(1)} ms{isAdjusted ? " (adjusted)" : ""}
                  </span>
                )}
              </span>
              <span className="waterfall-track">
                <span
                  className="waterfall-bar"
                  style={{
                    left: `${left}%`,
                    width: `${barWidth}%`,
                    background: span.isError ? "#b42318" : colours.get(span.service),
                  }}
                  title={`${span.durationMs.toFixed(1)} ms`}
                />
              </span>
              <span className="waterfall-duration">{span.durationMs.toFixed(1)} ms</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

// Depth-first from the roots so children sit under their parents; orphans count as roots.
function orderByTree(spans: TraceSpanView[]): { span: TraceSpanView; depth: number }[] {
  const ids = new Set(spans.map((span) => span.spanId));
  const children = new Map<string, TraceSpanView[]>();
  const roots: TraceSpanView[] = [];
  for (const span of spans) {
    if (span.parentSpanId && ids.has(span.parentSpanId) && span.parentSpanId !== span.spanId) {
      const list = children.get(span.parentSpanId) ?? [];
      list.push(span);
      children.set(span.parentSpanId, list);
    } else roots.push(span);
  }
  const out: { span: TraceSpanView; depth: number }[] = [];
  const seen = new Set<TraceSpanView>();
  const visit = (span: TraceSpanView, depth: number) => {
    if (seen.has(span)) return;
    seen.add(span);
    out.push({ span, depth });
    const list = (children.get(span.spanId) ?? []).sort((a, b) => a.start - b.start);
    for (const child of list) if (child !== span) visit(child, depth + 1);
  };
  for (const root of roots.sort((a, b) => a.start - b.start)) visit(root, 0);
  return out;
}
