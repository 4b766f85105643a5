// next-auth configuration: email + password (credentials), a signed JWT in an http-only
// cookie (secure when served over HTTPS) that names a session row (lib/auth/user-sessions),
// rate-limited sign-in.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProviderModule from "next-auth/providers/credentials";
import { emailSchema } from "@/lib/auth/email";
import { DUMMY_HASH, verifyPassword } from "@/lib/auth/password";
import { requestAddress } from "@/lib/auth/request-address";
import { claimSignInAttempt, clearSignInFailures } from "@/lib/auth/rate-limit";
import { sessionSecret } from "@/lib/auth/secret";
import { sessionLogger } from "@/lib/auth/session-logger";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "@/lib/auth/user-sessions";
import { db } from "@/lib/db";
import { safeRedirectUrl } from "@/lib/safe-return-path";

// next-auth ships CommonJS with `exports.default`. Bundlers unwrap it; Node's own ESM loader
// (the co-editing endpoint in scripts/serve.mjs) hands over the whole exports object.
const CredentialsProvider =
  (CredentialsProviderModule as unknown as { default?: typeof CredentialsProviderModule })
    .default ?? CredentialsProviderModule;

export const TOO_MANY_ATTEMPTS = "Too many failed sign-in attempts. Wait 15 minutes and try again.";
export const WRONG_CREDENTIALS = "That email and password do not match an active account.";

export function authOptions(): NextAuthOptions {
  return {
    secret: sessionSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    logger: sessionLogger,
    pages: { signIn: "/sign-in" },
    callbacks: {
      // Every redirect next-auth makes (callbackUrl of sign-in and sign-out) stays on this app.
      redirect: ({ url, baseUrl }) => safeRedirectUrl(url, baseUrl),
      // The JWT carries the id of the session row made at sign-in; every request checks it.
      jwt: ({ token, user }) => {
        if (user?.sessionId) token.sessionId = user.sessionId;
        return token;
      },
      session: ({ session, token }) => ({ ...session, sessionId: token.sessionId }),
    },
    events: {
      // Signing out through next-auth's own endpoint ends the session row too.
      signOut: async ({ token }) => {
        if (token.sessionId) await endSession(token.sessionId);
      },
    },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          const email = emailSchema.safeParse(credentials?.email ?? "");
          const password = credentials?.password ?? "";
          if (!email.success || !password) throw new Error(WRONG_CREDENTIALS);
          const address = requestAddress(request.headers);
          // The claim counts as a failure until the password proves right.
          if (!(await claimSignInAttempt(email.data, address))) throw new Error(TOO_MANY_ATTEMPTS);
          const user = await db.user.findUnique({ where: { email: email.data } });
          // Always run one bcrypt comparison so response time does not reveal accounts.
          const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
          if (!user || !matches || !user.isActive) throw new Error(WRONG_CREDENTIALS);
          await clearSignInFailures(email.data, address);
          const sessionId = await startSession(user.id);
          return { id: user.id, email: user.email, name: user.name, sessionId };
        },
      }),
    ],
  };
}
