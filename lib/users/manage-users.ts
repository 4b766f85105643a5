// Admin account management: list, create, change role, deactivate, reset a password. A
// workspace always keeps at least one active admin. Deactivation and a reset end every
// session of the account.
import "server-only";
import { randomBytes } from "node:crypto";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser, WorkspaceRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError, invalidFieldsError } from "@/lib/errors";
import {
  createUserSchema,
  resetPasswordSchema,
  setActiveSchema,
  setRoleSchema,
} from "@/lib/users/schema";

export interface AccountSummary {
  id: string;
  name: string;
  email: string;
  role: WorkspaceRole;
  isActive: boolean;
  createdAt: string;
}

function requireAdmin(user: SessionUser): void {
  if (user.role !== "admin")
    throw new AppError("not_found", "That page does not exist or you do not have access to it.");
}

export async function listAccounts(user: SessionUser): Promise<AccountSummary[]> {
  requireAdmin(user);
  const users = await db.user.findMany({
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, isActive: true, createdAt: true },
  });
  return users.map((account) => ({
    ...account,
    role: account.role as WorkspaceRole,
    createdAt: account.createdAt.toISOString(),
  }));
}

// People who can be named as participants or owners: active accounts, name and email only.
export async function listPeople(): Promise<{ id: string; name: string; email: string }[]> {
  return db.user.findMany({
    where: { isActive: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
}

export async function createAccount(admin: SessionUser, input: unknown): Promise<void> {
  requireAdmin(admin);
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) {
    throw invalidFieldsError(parsed.error);
  }
  const { name, email, password, role } = parsed.data;
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (transaction) => {
    if (await transaction.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError("invalid_input", "That email already has an account.", {
        fieldErrors: { email: ["That email already has an account."] },
      });
    }
    await transaction.user.create({ data: { name, email, passwordHash, role } });
    await writeAuditEntry(transaction, {
      actorId: admin.id,
      action: "user.created",
      changes: { email: { from: null, to: email }, role: { from: null, to: role } },
    });
  });
}

async function assertAnotherActiveAdmin(
  transaction: Parameters<Parameters<typeof db.$transaction>[0]>[0],
  userId: string,
) {
  const others = await transaction.user.count({
    where: { role: "admin", isActive: true, id: { not: userId } },
  });
  if (others === 0)
    throw new AppError("invalid_input", "The workspace needs at least one active admin.");
}

export async function setAccountRole(admin: SessionUser, input: unknown): Promise<void> {
  requireAdmin(admin);
  const { userId, role } = setRoleSchema.parse(input);
  await db.$transaction(async (transaction) => {
    const target = await transaction.user.findUnique({
      where: { id: userId },
      select: { role: true },
    });
    if (!target) throw new AppError("not_found", "That account does not exist.");
    if (target.role === role) return;
    if (target.role === "admin") await assertAnotherActiveAdmin(transaction, userId);
    await transaction.user.update({ where: { id: userId }, data: { role } });
    await writeAuditEntry(transaction, {
      actorId: admin.id,
      action: "user.role_changed",
      changes: { [userId]: { from: target.role, to: role } },
    });
  });
}

export async function setAccountActive(admin: SessionUser, input: unknown): Promise<void> {
  requireAdmin(admin);
  const { userId, isActive } = setActiveSchema.parse(input);
  await db.$transaction(async (transaction) => {
    const target = await transaction.user.findUnique({
      where: { id: userId },
      select: { role: true, isActive: true },
    });
    if (!target) throw new AppError("not_found", "That account does not exist.");
    if (target.isActive === isActive) return;
    if (!isActive && target.role === "admin") await assertAnotherActiveAdmin(transaction, userId);
    await transaction.user.update({ where: { id: userId }, data: { isActive } });
    // A deactivated account's sessions end now, and stay ended if it is reactivated.
    if (!isActive) await transaction.userSession.deleteMany({ where: { userId } });
    await writeAuditEntry(transaction, {
      actorId: admin.id,
      action: isActive ? "user.reactivated" : "user.deactivated",
      changes: { [userId]: { from: target.isActive, to: isActive } },
    });
  });
}

// A new random password, shown once to the admin who hands it over. Every session of the
// account ends, so whoever held the old password is signed out.
export async function resetPassword(
  admin: SessionUser,
  input: unknown,
): Promise<{ password: string }> {
  requireAdmin(admin);
  const { userId } = resetPasswordSchema.parse(input);
  if (userId === admin.id)
    throw new AppError("invalid_input", "Change your own password under Account.");
  const password = randomBytes(15).toString("base64url");
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (transaction) => {
    const target = await transaction.user.findUnique({
      where: { id: userId },
      select: { id: true },
    });
    if (!target) throw new AppError("not_found", "That account does not exist.");
    await transaction.user.update({ where: { id: userId }, data: { passwordHash } });
    await transaction.userSession.deleteMany({ where: { userId } });
    await writeAuditEntry(transaction, {
      actorId: admin.id,
      action: "user.password_reset",
      changes: { [userId]: { from: null, to: "reset" } },
    });
  });
  return { password };
}
