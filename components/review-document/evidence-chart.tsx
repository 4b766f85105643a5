"use client";

// The evidence over time: events per bucket stacked by service or by level, errors drawn
// as a red line on top, key moments as labelled reference lines. recharts draws it; the
// key-moment table above it is the exact, accessible version, so this is labelled as an
// image with a one-sentence summary.
import { useState } from "react";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { EvidenceChart as Chart } from "@/lib/review-document/review-document";

const PALETTE = ["#2f5bd3", "#1f7a4d", "#c4520f", "#8a6d00", "#7a3fb8", "#0f7c8a", "#8b95a5"];
const ERROR_COLOR = "#b42318";
const LEVEL_COLORS: Record<string, string> = {
  error: "#e6a19b",
  fatal: "#b42318",
  critical: "#b42318",
  warn: "#e7b94a",
  warning: "#e7b94a",
  info: "#2f5bd3",
  debug: "#8b95a5",
  trace: "#c3c8d0",
};

export function EvidenceChart(props: {
  chart: Chart;
  /** Each bucket's start, as the reader's clock shows it. */
  bucketLabels: string[];
  zoneLabel: string;
}) {
  const [groupBy, setGroupBy] = useState<"service" | "level">("service");
  const { chart } = props;
  const names = groupBy === "service" ? chart.services : chart.levels;
  const labelOf = new Map(
    chart.buckets.map((bucket, index) => [bucket.at, props.bucketLabels[index] ?? ""]),
  );
  const data = chart.buckets.map((bucket, index) => {
    const counts = groupBy === "service" ? bucket.byService : bucket.byLevel;
    const point: Record<string, string | number> = {
      time: props.bucketLabels[index] ?? bucket.at,
      Errors: bucket.errors,
    };
    for (const name of names) point[`${groupBy}:${name}`] = counts[name] ?? 0;
    return point;
  });
  const peak = chart.buckets.reduce((best, bucket) => (bucket.total > best.total ? bucket : best));
  const errors = chart.buckets.reduce((sum, bucket) => sum + bucket.errors, 0);
  const per = chart.bucketMinutes === 1 ? "minute" : `${chart.bucketMinutes} minutes`;
  const summary = `Events per ${per} by ${groupBy}, ${props.zoneLabel}: the busiest was ${labelOf.get(peak.at)} with ${peak.total} events; ${errors} error events in all; ${chart.keyMoments.length} key moments marked.`;

  return (
    <div className="evidence-chart" data-testid="evidence-chart">
      <div className="row tight" role="group" aria-label="Group the events by">
        <span className="muted small">Events per {per}, by</span>
        {(["service", "level"] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            className="toggle"
            aria-pressed={groupBy === choice}
            onClick={() => setGroupBy(choice)}
          >
            {choice === "service" ? "Service" : "Level"}
          </button>
        ))}
      </div>
      <div role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart data={data} margin={{ top: 48, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#dcdfe4" vertical={false} />
            <XAxis dataKey="time" tick={{ fontSize: 11 }} minTickGap={24} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={40} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {names.map((name, index) => (
              <Bar
                key={name}
                name={name}
                dataKey={`${groupBy}:${name}`}
                stackId="events"
                fill={
                  groupBy === "level"
                    ? (LEVEL_COLORS[name] ?? PALETTE[index % PALETTE.length])
                    : PALETTE[index % PALETTE.length]
                }
                isAnimationActive={false}
              />
            ))}
            <Line
              dataKey="Errors"
              stroke={ERROR_COLOR}
              strokeWidth={2}
              dot={{ r: 2, fill: ERROR_COLOR }}
              isAnimationActive={false}
            />
            {chart.keyMoments.map((moment, index) => (
              <ReferenceLine
                key={`${moment.at}-${index}`}
                x={labelOf.get(moment.at)}
                stroke="#1d2025"
                strokeDasharray="4 3"
                // Staggered, so moments a minute apart keep readable labels.
                label={{
                  value: moment.label,
                  position: "top",
                  dy: -(index % 3) * 13,
                  fontSize: 11,
                  fill: "#1d2025",
                }}
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {chart.omitted > 0 && (
        <p className="muted small">
          The chart shows the first {chart.buckets.reduce((sum, b) => sum + b.total, 0)} events;{" "}
          {chart.omitted} later ones are left out.
        </p>
      )}
    </div>
  );
}
