// JSON API for one incident: read it, or save it with the version it was based on
// (a stale version answers 409 with the current one; nothing is overwritten).
import { readJsonBody } from "@/lib/http/read-body";
import { routeHandler } from "@/lib/http/route-handler";
import { getIncidentForUser } from "@/lib/incidents/get-incident";
import { updateIncident } from "@/lib/incidents/update-incident";
import { INCIDENT_BODY_MAX_BYTES, INCIDENT_BODY_MAX_LABEL } from "@/lib/input-limits";
import { safeZone } from "@/lib/time/zone";

type Params = { reference: string };

export const GET = routeHandler<Params>(
  "GET /api/incidents/[reference]",
  async ({ request, user, params }) => {
    const zone = safeZone(new URL(request.url).searchParams.get("zone"));
    const { id: _internalId, ...incident } = await getIncidentForUser(user, params.reference, zone);
    return Response.json(incident);
  },
);

export const PUT = routeHandler<Params>(
  "PUT /api/incidents/[reference]",
  async ({ request, user, params }) => {
    // The same limit as the form's save (a server action), so both accept the same incidents.
    const body = await readJsonBody(request, {
      maxBytes: INCIDENT_BODY_MAX_BYTES,
      tooLargeMessage: `An incident save is at most ${INCIDENT_BODY_MAX_LABEL.toUpperCase()}.`,
    });
    const result = await updateIncident(user, params.reference, body);
    const status = result.status === "saved" ? 200 : result.status === "conflict" ? 409 : 400;
    return Response.json(result, { status });
  },
  { body: "json" },
);
