// Each trend chart as a table: what the page shows under "Show as table" and what its CSV
// download holds, from one definition so the two never disagree. Pure.
import {
  DURATION_KINDS,
  monthLabel,
  SEVERITY_ORDER,
  type DurationKind,
  type Trends,
} from "@/lib/insights/trends";

export const TREND_CHARTS = ["severity", "durations", "services", "action-items"] as const;
export type TrendChart = (typeof TREND_CHARTS)[number];

export type Cell = string | number | null;

export interface TrendTable {
  chart: TrendChart;
  title: string;
  columns: string[];
  rows: Cell[][];
}

export interface ServiceCount {
  name: string;
  incidents: number;
}

export const DURATION_LABELS: Record<DurationKind, string> = {
  detect: "Time to detect",
  mitigate: "Time to mitigate",
  resolve: "Time to resolve",
};

export function trendTable(
  chart: TrendChart,
  trends: Trends,
  services: readonly ServiceCount[],
): TrendTable {
  switch (chart) {
    case "severity":
      return {
        chart,
        title: "Incidents per month by severity",
        columns: ["Month", ...SEVERITY_ORDER, "Total"],
        rows: trends.severity.map((month) => [
          monthLabel(month.month),
          ...SEVERITY_ORDER.map((severity) => month.counts[severity] ?? 0),
          month.total,
        ]),
      };
    case "durations":
      return {
        chart,
        title: "Time to detect, mitigate and resolve (minutes from the start)",
        columns: [
          "Month",
          ...DURATION_KINDS.flatMap((kind) => [
            `${DURATION_LABELS[kind]} p50`,
            `${DURATION_LABELS[kind]} p90`,
            `${DURATION_LABELS[kind]} incidents`,
          ]),
        ],
        rows: trends.durations.map((month) => [
          monthLabel(month.month),
          ...DURATION_KINDS.flatMap((kind) => [
            month.p50[kind],
            month.p90[kind],
            month.counts[kind],
          ]),
        ]),
      };
    case "services":
      return {
        chart,
        title: "Services most often involved",
        columns: ["Service", "Incidents"],
        rows: services.map((service) => [service.name, service.incidents]),
      };
    case "action-items":
      return {
        chart,
        title: "Action items opened and done, by the month of their incident",
        columns: ["Month", "Opened", "Done"],
        rows: trends.actionItems.map((month) => [
          monthLabel(month.month),
          month.opened,
          month.done,
        ]),
      };
  }
}

/** RFC 4180 CSV; an empty cell for a missing value. */
export function tableToCsv(table: TrendTable): string {
  return [table.columns, ...table.rows]
    .map((row) => row.map((cell) => csvCell(cell)).join(",") + "\r\n")
    .join("");
}

function csvCell(value: Cell): string {
  if (value === null) return "";
  let text = String(value);
  // A leading = + - @ would run as a formula when opened in a spreadsheet (service names
  // are typed by people).
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
