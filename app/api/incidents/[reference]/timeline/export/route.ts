// Timeline export as CSV or Markdown (?format=csv|md), key moments and notes included,
// streamed in pages (see lib/timeline/stream-timeline-export.ts).
import { routeHandler } from "@/lib/http/route-handler";
import { streamTimelineExport } from "@/lib/timeline/stream-timeline-export";

export const GET = routeHandler<{ reference: string }>(
  "GET /api/incidents/[reference]/timeline/export",
  async ({ request, user, params }) => {
    const { reference } = params;
    const format = new URL(request.url).searchParams.get("format") === "md" ? "md" : "csv";
    const exported = await streamTimelineExport(user, reference, format);
    return new Response(exported.body, {
      headers: {
        "Content-Type": exported.contentType,
        "Content-Disposition": `attachment; filename="${exported.fileName}"`,
      },
    });
  },
);
