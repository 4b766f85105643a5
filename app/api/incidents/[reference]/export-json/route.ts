// The complete JSON export of one incident ("debrief.incident", version 1): everything the
// caller may see of it, to import into another Debrief (lib/incident-transfer).
import { routeHandler } from "@/lib/http/route-handler";
import { exportIncident } from "@/lib/incident-transfer/export-incident";
import { runHeavyJob } from "@/lib/timeline/heavy-jobs";

export const GET = routeHandler<{ reference: string }>(
  "GET /api/incidents/[reference]/export-json",
  async ({ user, params }) => {
    const file = await runHeavyJob(user.id, () => exportIncident(user, params.reference));
    const name = file.origin.reference.replace(/[^A-Za-z0-9-]/g, "");
    return new Response(JSON.stringify(file, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}.debrief.json"`,
      },
    });
  },
);
