// Timeline export as CSV or Markdown (?format=csv|md), key moments and notes included,
// in the zone the person chose (labelled), streamed in pages (see lib/timeline/stream-timeline-export.ts).
import { findIncidentDisplayZone } from "@/lib/incidents/get-incident-display-zone";
import { routeHandler } from "@/lib/http/route-handler";
import { streamTimelineExport } from "@/lib/timeline/stream-timeline-export";

export const GET = routeHandler<{ reference: string }>(
  "GET /api/incidents/[reference]/timeline/export",
  async ({ request, user, params }) => {
    const { reference } = params;
    const format = new URL(request.url).searchParams.get("format") === "md" ? "md" : "csv";
    // Times in the zone the person sees them in, labelled with it.
    const zone = await findIncidentDisplayZone(user, reference);
    const exported = await streamTimelineExport(user, reference, format, zone);
    return new Response(exported.body, {
      headers: {
        "Content-Type": exported.contentType,
        "Content-Disposition": `attachment; filename="${exported.fileName}"`,
      },
    });
  },
);
