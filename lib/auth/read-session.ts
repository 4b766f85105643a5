// Reads the session from a request's cookies: next-auth checks the JWT's signature, then
// the session row it names must still exist. Separate from current-user.ts (which takes the
// cookies from Next's request scope) so the data-layer tests can call it directly.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import type { SessionUser } from "@/lib/auth/roles";
import { findSessionUser } from "@/lib/auth/user-sessions";

export interface CurrentSession {
  user: SessionUser;
  sessionId: string;
}

export interface SessionRequest {
  headers: Record<string, string>;
  cookies: Record<string, string>;
}

// Refreshed cookies are not written back: the row, not the cookie, decides how long a
// session lasts.
const NO_RESPONSE = { getHeader() {}, setCookie() {}, setHeader() {} };

export async function readSession(request: SessionRequest): Promise<CurrentSession | null> {
  // The three-argument form takes a plain request; its types name Next's API request and
  // response, which this shape satisfies for what next-auth reads (headers and cookies).
  const session = await getServerSession(
    request as unknown as IncomingMessage & { cookies: Record<string, string> },
    NO_RESPONSE as unknown as ServerResponse,
    authOptions(),
  );
  const sessionId = session?.sessionId;
  if (!sessionId) return null;
  const user = await findSessionUser(sessionId);
  return user ? { user, sessionId } : null;
}
