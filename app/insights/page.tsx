import type { Metadata } from "next";
import Link from "next/link";
import { DurationChart } from "@/components/insights/duration-chart";
import { TrendCard } from "@/components/insights/trend-card";
import { TrendChart } from "@/components/insights/trend-chart";
import { requirePageUser } from "@/lib/auth/current-user";
import { getTrends } from "@/lib/insights/get-trends";
import {
  parseTrendRange,
  TREND_RANGE_LABELS,
  TREND_RANGES,
  type TrendRange,
} from "@/lib/insights/insight-filters";
import {
  DURATION_LABELS,
  trendTable,
  type Cell,
  type TrendChart as TrendChartId,
} from "@/lib/insights/trend-tables";
import { DURATION_KINDS, formatMinutes, monthLabel } from "@/lib/insights/trends";
import { getViewerZone } from "@/lib/time/viewer-zone";

export const metadata: Metadata = { title: "Trends" };

type SearchParams = Record<string, string | string[] | undefined>;

const SEVERITY_COLORS = ["#b42318", "#c4520f", "#8a6d00", "#4a5567"];

function downloadHref(chart: TrendChartId, range: TrendRange): string {
  return `/api/insights/trends/${chart}?range=${range}`;
}

export default async function TrendsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePageUser("/insights");
  const range = parseTrendRange(await searchParams);
  const zone = await getViewerZone();
  const view = await getTrends(user, range, zone);
  const { trends, services } = view;

  if (view.visibleTotal === 0) {
    return (
      <div className="card empty stack" data-testid="trends-empty">
        <h2>No trends yet</h2>
        <p className="muted">
          Once your library holds incidents, this page shows how many happen each month and how
          severe they are, how long they take to detect, mitigate and resolve, which services come
          up most, and how many action items get done.
        </p>
        {user.role !== "viewer" && (
          <p>
            <Link href="/incidents/new" className="button primary">
              Write up an incident
            </Link>
          </p>
        )}
      </div>
    );
  }

  const severity = trendTable("severity", trends, services);
  const durations = trendTable("durations", trends, services);
  const serviceTable = trendTable("services", trends, services);
  const actionItems = trendTable("action-items", trends, services);
  const hasDurations = DURATION_KINDS.some((kind) => trends.overall[kind].count > 0);
  const hasActionItems = trends.actionItems.some((month) => month.opened > 0);
  // Durations columns: Month, then p50, p90 and a count for each kind.
  const formatDuration = (value: Cell, column: number) =>
    column === 0 || column % 3 === 0
      ? value === null
        ? "—"
        : String(value)
      : formatMinutes(typeof value === "number" ? value : null);

  return (
    <div className="stack">
      <div className="row">
        <nav className="row tight range-picker" aria-label="Time range">
          {TREND_RANGES.map((option) => (
            <Link
              key={option}
              href={option === "12" ? "/insights" : `/insights?range=${option}`}
              aria-current={option === range ? "page" : undefined}
              className="chip"
            >
              {TREND_RANGE_LABELS[option]}
            </Link>
          ))}
        </nav>
        <span className="spacer" />
        <span className="muted small">Months in {zone}</span>
      </div>

      <div className="grid-4" data-testid="trend-summary">
        <div className="card stat">
          <div className="muted small">Incidents</div>
          <div className="stat-value" data-testid="trend-incident-count">
            {trends.incidentCount}
          </div>
          <div className="muted small">{TREND_RANGE_LABELS[range].toLowerCase()}</div>
        </div>
        {DURATION_KINDS.map((kind) => (
          <div key={kind} className="card stat">
            <div className="muted small">{DURATION_LABELS[kind]} (median)</div>
            <div className="stat-value">{formatMinutes(trends.overall[kind].p50)}</div>
            <div className="muted small">
              p90 {formatMinutes(trends.overall[kind].p90)} · {trends.overall[kind].count}{" "}
              {trends.overall[kind].count === 1 ? "incident" : "incidents"}
            </div>
          </div>
        ))}
      </div>

      {view.hasOlderIncidents && (
        <p className="banner small">
          “All time” reaches back 20 years, to {monthLabel(trends.months[0] ?? "")}; incidents that
          started before then are not counted here.
        </p>
      )}
      {trends.incidentCount === 0 ? (
        <div className="card empty">
          <p>No incident started in this range.</p>
          <Link href="/insights?range=all">Show all time</Link>
        </div>
      ) : (
        <>
          {trends.incidentCount < 3 && (
            <p className="banner small">
              With {trends.incidentCount === 1 ? "one incident" : "two incidents"}, a trend is a
              point or two; these charts become telling as the library grows.
            </p>
          )}
          <TrendCard
            table={severity}
            description="By the month each incident started (or was written up, when it has no start time)."
            downloadHref={downloadHref("severity", range)}
          >
            <TrendChart
              kind="stacked-bars"
              label="Stacked bars: incidents per month by severity"
              rows={severity.rows}
              series={SEVERITY_COLORS.map((color, index) => ({
                column: index + 1,
                name: severity.columns[index + 1] ?? "",
                color,
              }))}
            />
          </TrendCard>
          <TrendCard
            table={durations}
            description="Minutes from the start to detection, mitigation and resolution: the median (p50) and the slowest tenth (p90) of each month's incidents that have both times."
            downloadHref={downloadHref("durations", range)}
            formatCell={formatDuration}
            isEmpty={!hasDurations}
            emptyText="No incident in this range has a start time together with a detection, mitigation or resolution time."
          >
            <DurationChart
              rows={durations.rows}
              choices={DURATION_KINDS.map((kind, index) => ({
                id: kind,
                label: DURATION_LABELS[kind],
                p50Column: 1 + index * 3,
                p90Column: 2 + index * 3,
              }))}
            />
          </TrendCard>
          <TrendCard
            table={serviceTable}
            description="The ten services named most often among the affected services."
            downloadHref={downloadHref("services", range)}
            isEmpty={services.length === 0}
            emptyText="No incident in this range names an affected service."
          >
            <TrendChart
              kind="horizontal-bars"
              label="Bars: incidents per service"
              rows={serviceTable.rows}
              series={[{ column: 1, name: "Incidents", color: "#2f5bd3" }]}
            />
          </TrendCard>
          <TrendCard
            table={actionItems}
            description="Action items of each month's incidents: how many there are, and how many are done now."
            downloadHref={downloadHref("action-items", range)}
            isEmpty={!hasActionItems}
            emptyText="No incident in this range has action items yet."
          >
            <TrendChart
              kind="bars"
              label="Bars: action items opened and done per month"
              rows={actionItems.rows}
              series={[
                { column: 1, name: "Opened", color: "#8a94a6" },
                { column: 2, name: "Done", color: "#1f7a4d" },
              ]}
            />
          </TrendCard>
        </>
      )}
    </div>
  );
}
