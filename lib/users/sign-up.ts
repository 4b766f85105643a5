// Self-service sign-up. The first account of a workspace becomes its admin; later ones are
// members, and only when sign-up is open.
import "server-only";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { hashPassword } from "@/lib/auth/password";
import type { WorkspaceRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { fieldErrorsFrom } from "@/lib/incidents/schema";
import { signUpSchema } from "@/lib/users/schema";

export async function signUp(input: unknown): Promise<{ id: string; role: WorkspaceRole }> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("invalid_input", "Some fields need attention.", {
      fieldErrors: fieldErrorsFrom(parsed.error),
    });
  }
  const { name, email, password } = parsed.data;
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
    if (await transaction.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError("invalid_input", "That email already has an account.", {
        fieldErrors: { email: ["That email already has an account. Sign in instead."] },
      });
    }
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
