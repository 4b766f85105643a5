// Self-service sign-up. The first account of a workspace becomes its admin; later ones are
// members, and only when sign-up is open. The answer never tells whether an email already
// has an account: a taken email is answered like a new one, after the same password hash.
// Accepted sign-ups are limited per address (DEBRIEF_SIGNUPS_PER_HOUR).
import "server-only";
import { randomUUID } from "node:crypto";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { hashPassword } from "@/lib/auth/password";
import type { WorkspaceRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, invalidFieldsError } from "@/lib/errors";
import { signUpSchema } from "@/lib/users/schema";

export const SIGN_UP_WINDOW_MS = 60 * 60 * 1000;
export const TOO_MANY_SIGN_UPS = "Too many sign-ups from your address. Try again in an hour.";

// One atomic INSERT … SELECT … WHERE count < n: parallel sign-ups never pass the limit
// together.
async function claimSignUp(address: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_UP_WINDOW_MS);
  const claimed = await db.$executeRaw`
    INSERT INTO "SignUpAttempt" ("id", "address", "createdAt")
    SELECT ${randomUUID()}, ${address}, ${now}
    WHERE (SELECT count(*) FROM "SignUpAttempt"
           WHERE "address" = ${address} AND "createdAt" >= ${since})
          < ${env().DEBRIEF_SIGNUPS_PER_HOUR}`;
  await db.signUpAttempt.deleteMany({ where: { createdAt: { lt: since } } });
  return claimed === 1;
}

// The created account, or null when the email was taken (the caller answers both alike).
export async function signUp(
  input: unknown,
  address: string,
  now = new Date(),
): Promise<{ id: string; role: WorkspaceRole } | null> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    throw invalidFieldsError(parsed.error);
  }
  if (!(await claimSignUp(address, now))) throw new AppError("rate_limited", TOO_MANY_SIGN_UPS);
  const { name, email, password } = parsed.data;
  // Hashed whether or not the email is taken, so the time taken does not tell.
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (transaction) => {
    // Counting inside the write transaction: two simultaneous first sign-ups cannot both
    // become admin, since SQLite serialises writers.
    const existingUsers = await transaction.user.count();
    if (existingUsers > 0 && env().DEBRIEF_SIGNUP === "closed") {
      throw new AppError(
        "forbidden",
        "Sign-up is closed on this workspace. Ask an admin for an account.",
      );
    }
    if (await transaction.user.findUnique({ where: { email }, select: { id: true } })) return null;
    const role: WorkspaceRole = existingUsers === 0 ? "admin" : "member";
    const user = await transaction.user.create({
      data: { name, email, passwordHash, role },
      select: { id: true },
    });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "user.created",
      changes: { email: { from: null, to: email }, role: { from: null, to: role } },
    });
    return { id: user.id, role };
  });
}
