// The signed-in person as the visibility rule sees them for one incident: who they are and
// whether they facilitate it. Callers first resolve the incident through
// findVisibleIncidentId, so the incident itself is already visible to them.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { ModelViewer } from "@/lib/mental-models/visibility";

export async function modelViewerFor(
  user: SessionUser,
  incidentId: string,
  client: Prisma.TransactionClient = db,
): Promise<ModelViewer> {
  const participation = await client.incidentParticipant.findUnique({
    where: { incidentId_userId: { incidentId, userId: user.id } },
    select: { role: true },
  });
  return { userId: user.id, isFacilitator: participation?.role === "facilitator" };
}
