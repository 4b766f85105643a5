// Who may be @mentioned on an incident: exactly who may see it (lib/access rules): every
// active person for a workspace incident; for a restricted one its participants and the
// admins. Decided in the query, so the autocomplete never lists anyone else.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { MentionPerson } from "@/lib/comments/mention-tokens";

export async function mayMentionWhere(
  client: Prisma.TransactionClient,
  incidentId: string,
): Promise<Prisma.UserWhereInput> {
  const incident = await client.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: { visibility: true },
  });
  if (incident.visibility !== "restricted") return { isActive: true };
  return {
    isActive: true,
    OR: [{ role: "admin" }, { participations: { some: { incidentId } } }],
  };
}

export async function listMentionCandidates(
  user: SessionUser,
  reference: string,
): Promise<MentionPerson[]> {
  const incidentId = await findVisibleIncidentId(user, reference);
  return db.user.findMany({
    where: await mayMentionWhere(db, incidentId),
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: 500,
  });
}
