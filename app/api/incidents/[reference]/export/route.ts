// The whole review as a file (?format=md|html|pdf, &appendix=1 for the full timeline):
// what the caller may see, in the zone they chose to read times in, as an attachment. A 404 for an incident
// the caller may not see, a 400 with a clear message for a bad query.
import { AppError } from "@/lib/errors";
import { findIncidentDisplayZone } from "@/lib/incidents/get-incident-display-zone";
import { routeHandler } from "@/lib/http/route-handler";
import { documentZone } from "@/lib/review-document/document-time";
import { parseExportQuery } from "@/lib/review-document/export-query";
import { exportReview } from "@/lib/review-document/export-review";
import { loadReviewDocument } from "@/lib/review-document/load-review-document";
import { runHeavyJob } from "@/lib/timeline/heavy-jobs";

export const GET = routeHandler<{ reference: string }>(
  "GET /api/incidents/[reference]/export",
  async ({ request, user, params }) => {
    const query = parseExportQuery(new URL(request.url).searchParams);
    if (!query.success) {
      throw new AppError(
        "invalid_input",
        query.error.issues.map((issue) => issue.message).join(" "),
      );
    }
    // The one place this entry point decides the zone.
    const zone = documentZone((await findIncidentDisplayZone(user, params.reference)).zone);
    const exported = await runHeavyJob(user.id, async () => {
      const document = await loadReviewDocument(user, params.reference, {
        zone,
        withAppendix: query.data.appendix,
      });
      return exportReview(document, query.data.format);
    });
    return new Response(exported.bytes, {
      headers: {
        "Content-Type": exported.mimeType,
        "Content-Disposition": `attachment; filename="${exported.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
);
