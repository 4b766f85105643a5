// JSON API: the incident library as the caller may see it.
import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { errorResponse } from "@/lib/errors";
import { findIncidentsForUser } from "@/lib/incidents/find-incidents-for-user";
import { parseLibraryFilters } from "@/lib/incidents/library-filters";

export async function GET(request: NextRequest) {
  try {
    const user = await requireUser();
    const filters = parseLibraryFilters(Object.fromEntries(request.nextUrl.searchParams));
    return Response.json(await findIncidentsForUser(user, filters));
  } catch (error) {
    return errorResponse(error, { route: "GET /api/incidents" });
  }
}
