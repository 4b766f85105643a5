// Who may see and change an incident: the one place that decides. Every page, action and
// route goes through here, and list queries embed `visibleIncidentWhere` so restricted
// incidents never reach a result, a count or a snippet.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { canWrite, type SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { parseIncidentReference } from "@/lib/access/incident-reference";

export function visibleIncidentWhere(user: SessionUser): Prisma.IncidentWhereInput {
  if (user.role === "admin") return {};
  return {
    OR: [{ visibility: "workspace" }, { participants: { some: { userId: user.id } } }],
  };
}

// The same rule as SQL, for raw queries (full-text search, insights): a condition on the
// incident row under `alias`, to put in the query's WHERE, never a filter afterwards.
export function visibleIncidentSql(user: SessionUser, alias = "i"): Prisma.Sql {
  if (user.role === "admin") return Prisma.sql`1 = 1`;
  const incident = Prisma.raw(`"${alias.replaceAll('"', "")}"`);
  return Prisma.sql`(${incident}."visibility" = 'workspace' OR EXISTS (
    SELECT 1 FROM "IncidentParticipant" "viewer"
    WHERE "viewer"."incidentId" = ${incident}."id" AND "viewer"."userId" = ${user.id}))`;
}

// Resolves "INC-42" to the incident's id if the user may see it; anything else is a 404,
// whether the incident is missing or hidden, so its existence does not leak.
export async function findVisibleIncidentId(
  user: SessionUser,
  reference: string,
  intent: "read" | "write" = "read",
): Promise<string> {
  const number = parseIncidentReference(reference);
  if (number === null) throw notFound("That incident");
  const incident = await db.incident.findFirst({
    where: { AND: [{ number }, visibleIncidentWhere(user)] },
    select: { id: true },
  });
  if (!incident) throw notFound("That incident");
  if (intent === "write" && !canWrite(user)) {
    throw new AppError("forbidden", "Viewers can read incidents but not change them.");
  }
  return incident.id;
}
