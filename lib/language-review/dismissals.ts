// Dismissed language findings of an incident: list, dismiss, restore. A dismissal is keyed
// by the finding's fingerprint, so it holds while the sentence is unchanged.
import "server-only";
import { z } from "@/lib/validation/zod";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface DismissalView {
  fingerprint: string;
  ruleId: string;
  excerpt: string;
  reason: string;
  dismissedBy: string;
  createdAt: string;
}

export const dismissFindingSchema = z.object({
  fingerprint: z.string().min(3).max(100),
  ruleId: z.string().min(1).max(20),
  excerpt: z.string().max(500),
  reason: z.string().trim().max(500, "Keep the reason under 500 characters."),
});

export async function listDismissals(
  user: SessionUser,
  reference: string,
): Promise<DismissalView[]> {
  const incidentId = await findVisibleIncidentId(user, reference);
  const rows = await db.languageDismissal.findMany({
    where: { incidentId },
    orderBy: { createdAt: "desc" },
    select: {
      fingerprint: true,
      ruleId: true,
      excerpt: true,
      reason: true,
      createdAt: true,
      dismissedBy: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    ...row,
    dismissedBy: row.dismissedBy.name,
    createdAt: row.createdAt.toISOString(),
  }));
}

export async function dismissFinding(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<void> {
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  const parsed = dismissFindingSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError(
      "invalid_input",
      parsed.error.issues[0]?.message ?? "That dismissal is not valid.",
    );
  const { fingerprint, ruleId, excerpt, reason } = parsed.data;
  await db.$transaction(async (transaction) => {
    await transaction.languageDismissal.upsert({
      where: { incidentId_fingerprint: { incidentId, fingerprint } },
      create: { incidentId, fingerprint, ruleId, excerpt, reason, dismissedById: user.id },
      update: { reason, dismissedById: user.id },
    });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "language.dismissed",
      incidentId,
      changes: { [ruleId]: { from: excerpt, to: reason || "(no reason given)" } },
    });
  });
}

export async function restoreFinding(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<void> {
  const { fingerprint } = z.object({ fingerprint: z.string() }).parse(input);
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  await db.$transaction(async (transaction) => {
    const removed = await transaction.languageDismissal.deleteMany({
      where: { incidentId, fingerprint },
    });
    if (removed.count > 0) {
      await writeAuditEntry(transaction, {
        actorId: user.id,
        action: "language.restored",
        incidentId,
        changes: { fingerprint: { from: fingerprint, to: null } },
      });
    }
  });
}
