// Timeline export as CSV or Markdown (?format=csv|md), key moments and notes included,
// streamed in pages (see lib/timeline/stream-timeline-export.ts).
import { requireUser } from "@/lib/auth/current-user";
import { errorResponse } from "@/lib/errors";
import { streamTimelineExport } from "@/lib/timeline/stream-timeline-export";

type Context = { params: Promise<{ reference: string }> };

export async function GET(request: Request, context: Context) {
  try {
    const user = await requireUser();
    const { reference } = await context.params;
    const format = new URL(request.url).searchParams.get("format") === "md" ? "md" : "csv";
    const exported = await streamTimelineExport(user, reference, format);
    return new Response(exported.body, {
      headers: {
        "Content-Type": exported.contentType,
        "Content-Disposition": `attachment; filename="${exported.fileName}"`,
      },
    });
  } catch (error) {
    return errorResponse(error, { route: "GET /api/incidents/[reference]/timeline/export" });
  }
}
