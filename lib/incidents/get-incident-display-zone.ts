// The zone an incident's times are shown in for the signed-in person (their choice, their
// browser's zone, the incident's zone): for pages (cached per request, since the layout and
// the tab both ask; Next's 404 when the person may not see the incident) and for route
// handlers (an AppError not_found, answered as 404 by the wrapper).
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { visibleIncidentWhere } from "@/lib/access/incident-access";
import { parseIncidentReference } from "@/lib/access/incident-reference";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { notFound as notFoundError } from "@/lib/errors";
import type { DisplayZone } from "@/lib/time/display-zone";
import { getDisplayZone } from "@/lib/time/get-display-zone";

/** The incident's own zone (null when it has none); not found when the user may not see it. */
export async function findIncidentZone(
  user: SessionUser,
  reference: string,
): Promise<string | null> {
  const number = parseIncidentReference(reference);
  const incident =
    number === null
      ? null
      : await db.incident.findFirst({
          where: { AND: [{ number }, visibleIncidentWhere(user)] },
          select: { timeZone: true },
        });
  if (!incident) throw notFoundError("That incident");
  return incident.timeZone;
}

export async function findIncidentDisplayZone(
  user: SessionUser,
  reference: string,
): Promise<DisplayZone> {
  return getDisplayZone(user, { timeZone: await findIncidentZone(user, reference) });
}

export const getIncidentDisplayZone = cache(
  async (user: SessionUser, reference: string): Promise<DisplayZone> => {
    const number = parseIncidentReference(reference);
    if (number === null) notFound();
    return findIncidentDisplayZone(user, reference).catch((error: unknown) => {
      if (error instanceof Error && "code" in error && error.code === "not_found") notFound();
      throw error;
    });
  },
);
