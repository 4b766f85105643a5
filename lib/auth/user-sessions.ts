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

// The person behind a session id: one lookup by primary key, with the person's row.
export async function findSessionUser(
  sessionId: string | undefined,
  now = new Date(),
): Promise<SessionUser | null> {
  if (!sessionId) return null;
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, isActive: true } },
    },
  });
  if (!session || session.expiresAt <= now) return null;
  const { user } = session;
  if (!user.isActive || !isWorkspaceRole(user.role)) return null;
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
