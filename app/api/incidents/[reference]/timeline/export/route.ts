// Timeline export as CSV or Markdown (?format=csv|md), key moments and notes included.
import { routeHandler } from "@/lib/http/route-handler";
import { toCsv, toMarkdown } from "@/lib/timeline/format-timeline-export";
import { listExportRows } from "@/lib/timeline/list-export-rows";

export const GET = routeHandler<{ reference: string }>(
  "GET /api/incidents/[reference]/timeline/export",
  async ({ request, user, params }) => {
    const { reference } = params;
    const format = new URL(request.url).searchParams.get("format") === "md" ? "md" : "csv";
    const { title, rows } = await listExportRows(user, reference);
    const safeReference = reference.replace(/[^A-Za-z0-9-]/g, "");
    const body = format === "csv" ? toCsv(rows) : toMarkdown(title, rows);
    return new Response(body, {
      headers: {
        "Content-Type":
          format === "csv" ? "text/csv; charset=utf-8" : "text/markdown; charset=utf-8",
        "Content-Disposition": `attachment; filename="${safeReference}-timeline.${format}"`,
      },
    });
  },
);
