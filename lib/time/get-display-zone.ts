// The zone a signed-in person sees an incident's times in: their choice (stored on their
// account), their browser's zone and the incident's zone, resolved by lib/time/display-zone.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import {
  isDisplayZoneChoice,
  resolveDisplayZone,
  type DisplayZone,
  type DisplayZoneChoice,
} from "@/lib/time/display-zone";
import { getViewerZone } from "@/lib/time/viewer-zone";

export async function getDisplayZoneChoice(
  user: Pick<SessionUser, "id">,
): Promise<DisplayZoneChoice> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { displayZone: true } });
  return row && isDisplayZoneChoice(row.displayZone) ? row.displayZone : "utc";
}

export async function getDisplayZone(
  user: Pick<SessionUser, "id">,
  incident: { timeZone: string | null },
): Promise<DisplayZone> {
  const [choice, viewerZone] = await Promise.all([getDisplayZoneChoice(user), getViewerZone()]);
  return resolveDisplayZone(choice, { viewerZone, incidentZone: incident.timeZone });
}
