// Database sessions behind the JWT cookie: the cookie names a UserSession row, and a
// session lasts exactly as long as its row. Ending a session is deleting its row.
import "server-only";
import { isWorkspaceRole, type SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function startSession(userId: string, now = new Date()): Promise<string> {
  const session = await db.userSession.create({
    data: { userId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  // Expired rows of this person are of no use to anyone: prune them as we go.
  await db.userSession.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  return session.id;
}

// The person behind a session id: one query, a primary-key lookup joined to the person's
// row. It runs on every request, so it stays one round trip.
export async function findSessionUser(
  sessionId: string | undefined,
  now = new Date(),
): Promise<SessionUser | null> {
  if (!sessionId) return null;
  const rows = await db.$queryRaw<
    { id: string; email: string; name: string; role: string; isActive: number | boolean }[]
  >`
    SELECT "User"."id", "User"."email", "User"."name", "User"."role", "User"."isActive"
    FROM "UserSession" JOIN "User" ON "User"."id" = "UserSession"."userId"
    WHERE "UserSession"."id" = ${sessionId} AND "UserSession"."expiresAt" > ${now}`;
  const user = rows[0];
  if (!user || !user.isActive || !isWorkspaceRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function endSession(sessionId: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

// Every session of a person, except (when given) the one they are using right now.
export async function endAllSessions(userId: string, exceptSessionId?: string): Promise<number> {
  const { count } = await db.userSession.deleteMany({
    where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
  });
  return count;
}
