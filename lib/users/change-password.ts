// A person changes their own password, proving the current one first. Every other session
// of theirs ends (a thief holding a copied cookie is out); the one in use stays signed in.
import "server-only";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { invalidFieldsError } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/users/schema";

export async function changePassword(
  user: SessionUser,
  currentSessionId: string,
  input: unknown,
): Promise<void> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) {
    throw invalidFieldsError(parsed.error);
  }
  const { currentPassword, newPassword } = parsed.data;
  const stored = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(currentPassword, stored.passwordHash))) {
    throw invalidFieldsError({ currentPassword: ["That is not your current password."] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (transaction) => {
    await transaction.user.update({ where: { id: user.id }, data: { passwordHash } });
    await transaction.userSession.deleteMany({
      where: { userId: user.id, id: { not: currentSessionId } },
    });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "user.password_changed",
      changes: {},
    });
  });
}
