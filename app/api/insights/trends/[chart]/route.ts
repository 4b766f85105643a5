// One trend chart as CSV (?range=12|24|all): the same figures as the chart and its table,
// from the same access-filtered query, in the viewer's zone.
import { routeHandler } from "@/lib/http/route-handler";
import { getTrends } from "@/lib/insights/get-trends";
import { parseTrendDownload } from "@/lib/insights/insight-filters";
import { tableToCsv, trendTable } from "@/lib/insights/trend-tables";
import { getViewerZone } from "@/lib/time/viewer-zone";

export const GET = routeHandler<{ chart: string }>(
  "GET /api/insights/trends/[chart]",
  async ({ request, user, params }) => {
    const { chart, range } = parseTrendDownload(
      params.chart,
      new URL(request.url).searchParams.get("range"),
    );
    const view = await getTrends(user, range, await getViewerZone());
    const csv = tableToCsv(trendTable(chart, view.trends, view.services));
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="debrief-${chart}-${range === "all" ? "all-time" : `${range}-months`}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
