// JSON API for one incident: read it, or save it with the version it was based on
// (a stale version answers 409 with the current one; nothing is overwritten).
import { requireUser } from "@/lib/auth/current-user";
import { errorResponse } from "@/lib/errors";
import { getIncidentForUser } from "@/lib/incidents/get-incident";
import { updateIncident } from "@/lib/incidents/update-incident";
import { safeZone } from "@/lib/time/zone";

type Context = { params: Promise<{ reference: string }> };

export async function GET(request: Request, context: Context) {
  try {
    const user = await requireUser();
    const { reference } = await context.params;
    const zone = safeZone(new URL(request.url).searchParams.get("zone"));
    const { id: _internalId, ...incident } = await getIncidentForUser(user, reference, zone);
    return Response.json(incident);
  } catch (error) {
    return errorResponse(error, { route: "GET /api/incidents/[reference]" });
  }
}

export async function PUT(request: Request, context: Context) {
  try {
    const user = await requireUser();
    const { reference } = await context.params;
    const body: unknown = await request.json().catch(() => null);
    const input = body && typeof body === "object" ? { ...body, reference } : { reference };
    const result = await updateIncident(user, input);
    const status = result.status === "saved" ? 200 : result.status === "conflict" ? 409 : 400;
    return Response.json(result, { status });
  } catch (error) {
    return errorResponse(error, { route: "PUT /api/incidents/[reference]" });
  }
}
