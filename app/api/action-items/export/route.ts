// Action items as CSV, with the same filters as the page (?owner=mine&status=open…), so
// the file holds exactly the rows the viewer saw. Only incidents they may see are in it.
import { formatActionItemsCsv } from "@/lib/action-items/action-items-csv";
import { parseActionItemFilters } from "@/lib/action-items/action-item-filters";
import { listActionItems } from "@/lib/action-items/list-action-items";
import { routeHandler } from "@/lib/http/route-handler";
import { ACTION_ITEM_STATUS_LABELS } from "@/lib/incidents/schema";
import { getViewerZone } from "@/lib/time/viewer-zone";
import { todayInZone } from "@/lib/time/zone";

// An export is a file someone keeps: allow more rows than the page shows at once.
const EXPORT_MAX_ROWS = 50_000;

export const GET = routeHandler("GET /api/action-items/export", async ({ request, user }) => {
  const filters = parseActionItemFilters(new URL(request.url).searchParams);
  const today = todayInZone(await getViewerZone());
  const { rows } = await listActionItems(user, filters, today, EXPORT_MAX_ROWS);
  const csv = formatActionItemsCsv(
    rows.map((row) => ({
      incident: row.incident.reference,
      incidentTitle: row.incident.title,
      title: row.title,
      owner: row.owner?.name ?? "",
      status: ACTION_ITEM_STATUS_LABELS[row.status] ?? row.status,
      dueDate: row.dueDate,
      isOverdue: row.isOverdue,
      services: row.incident.services,
      trackerUrl: row.trackerText,
    })),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="action-items-${today}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
