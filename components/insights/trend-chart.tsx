"use client";

// One trend chart, drawn by recharts from the same table the page shows under it (rows of
// cells, first column the category). The table is the accessible, exact version; the
// chart is for seeing the shape, so it is labelled as an image of that table.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Cell } from "@/lib/insights/trend-tables";

export interface ChartSeries {
  /** The table column the values come from. */
  column: number;
  name: string;
  color: string;
  isDashed?: boolean;
}

export function TrendChart(props: {
  kind: "stacked-bars" | "bars" | "lines" | "horizontal-bars";
  label: string;
  rows: Cell[][];
  series: ChartSeries[];
  unit?: string;
  formatValue?: "minutes";
}) {
  const data = props.rows.map((row) => {
    const point: Record<string, string | number | null> = { category: String(row[0] ?? "") };
    for (const series of props.series) point[series.name] = row[series.column] ?? null;
    return point;
  });
  const height =
    props.kind === "horizontal-bars" ? Math.max(160, 36 * props.rows.length + 40) : 260;
  const tooltipFormatter = (value: unknown) =>
    props.formatValue === "minutes" && typeof value === "number"
      ? `${Math.round(value)} min`
      : String(value);

  return (
    <div className="trend-chart" role="img" aria-label={props.label}>
      <ResponsiveContainer width="100%" height={height}>
        {props.kind === "lines" ? (
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#dcdfe4" />
            <XAxis dataKey="category" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} unit={props.unit} width={64} />
            <Tooltip formatter={tooltipFormatter} />
            <Legend />
            {props.series.map((series) => (
              <Line
                key={series.name}
                dataKey={series.name}
                stroke={series.color}
                strokeWidth={2}
                strokeDasharray={series.isDashed ? "6 4" : undefined}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        ) : props.kind === "horizontal-bars" ? (
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 0, right: 16, bottom: 0, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#dcdfe4" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="category" width={140} tick={{ fontSize: 12 }} />
            <Tooltip />
            {props.series.map((series) => (
              <Bar
                key={series.name}
                dataKey={series.name}
                fill={series.color}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        ) : (
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#dcdfe4" vertical={false} />
            <XAxis dataKey="category" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
            <Tooltip />
            <Legend />
            {props.series.map((series) => (
              <Bar
                key={series.name}
                dataKey={series.name}
                fill={series.color}
                stackId={props.kind === "stacked-bars" ? "stack" : undefined}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
