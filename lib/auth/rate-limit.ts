// Sign-in rate limiting, per account and per address, over a sliding window. Attempts are
// kept in the database so several app instances share the count.
import "server-only";
import { db } from "@/lib/db";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export async function isSignInBlocked(
  email: string,
  address: string,
  now = new Date(),
): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [forAccount, forAddress] = await Promise.all([
    db.signInAttempt.count({ where: { email, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { address, createdAt: { gte: since } } }),
  ]);
  return forAccount >= MAX_FAILURES_PER_ACCOUNT || forAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordSignInFailure(email: string, address: string): Promise<void> {
  await db.signInAttempt.create({ data: { email, address } });
  // Old attempts only matter inside the window; prune them as we go.
  await db.signInAttempt.deleteMany({
    where: { createdAt: { lt: new Date(Date.now() - SIGN_IN_WINDOW_MS) } },
  });
}

export async function clearSignInFailures(email: string): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { email } });
}
