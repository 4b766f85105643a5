// Sign-in rate limiting over a sliding window: per (account, address), so someone
// elsewhere cannot lock a person out, and per address, so one address cannot try many
// accounts. Each attempt first claims a slot with one INSERT … SELECT … WHERE count < n:
// SQLite runs it as one atomic write, so parallel attempts never get past the limit
// together. Attempts live in the database so several app instances share the count.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

// Returns the claimed attempt's id, or null when a limit is reached (the password is then
// not even checked).
export async function claimSignInAttempt(
  email: string,
  address: string,
  now = new Date(),
): Promise<string | null> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const id = randomUUID();
  const claimed = await db.$executeRaw`
    INSERT INTO "SignInAttempt" ("id", "email", "address", "createdAt")
    SELECT ${id}, ${email}, ${address}, ${now}
    WHERE (SELECT count(*) FROM "SignInAttempt"
           WHERE "email" = ${email} AND "address" = ${address} AND "createdAt" >= ${since})
          < ${MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS}
      AND (SELECT count(*) FROM "SignInAttempt"
           WHERE "address" = ${address} AND "createdAt" >= ${since})
          < ${MAX_FAILURES_PER_ADDRESS}`;
  // Old attempts only matter inside the window; prune them as we go.
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: since } } });
  return claimed === 1 ? id : null;
}

// A correct password: the claim was no failure, and earlier failures of this account from
// this address are forgiven.
export async function clearSignInFailures(email: string, address: string): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { email, address } });
}
