// Imports a complete JSON export (from this or another Debrief) as a new incident. The body
// is the file itself; a bad file answers 400 with what does not fit, and nothing is saved.
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-body";
import { routeHandler } from "@/lib/http/route-handler";
import { importIncident } from "@/lib/incident-transfer/import-incident";
import { canWrite } from "@/lib/auth/roles";
import { TRANSFER_MAX_BYTES, TRANSFER_MAX_LABEL } from "@/lib/input-limits";
import { runHeavyJob } from "@/lib/timeline/heavy-jobs";

export const POST = routeHandler(
  "POST /api/incidents/import",
  async ({ request, user }) => {
    // Check the person may write before reading a large body.
    if (!canWrite(user))
      throw new AppError("forbidden", "Viewers can read incidents but not import them.");
    const file = await readJsonBody(request, {
      maxBytes: TRANSFER_MAX_BYTES,
      tooLargeMessage: `An export to import is at most ${TRANSFER_MAX_LABEL}.`,
    });
    const result = await runHeavyJob(user.id, () => importIncident(user, file));
    return Response.json(result, { status: 201 });
  },
  { body: "json" },
);
