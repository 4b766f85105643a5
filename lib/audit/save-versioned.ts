// The one way to save a versioned record (an incident, a timeline event; notes, diagrams
// and comments when they come): inside the caller's transaction, compare the version the
// editor started from; on a mismatch return the conflict with the winner's values and who
// saved last; otherwise check, claim the version (the version in the claim's where clause
// makes check and write one atomic step), write, and record the audit entry.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { FieldChanges } from "@/lib/audit/diff-values";
import { writeAuditEntry, type AuditAction } from "@/lib/audit/write-audit-entry";

export interface LastChange {
  actorName: string;
  at: Date;
}

export interface VersionedSave<Result> {
  currentVersion: number;
  baseVersion: number;
  /** The audit entries that count as changes of this record, newest taken as "who". */
  lastChangeWhere: Prisma.AuditEntryWhereInput;
  conflict: (lastChange: LastChange | null) => Result;
  /** Checks that need the current record (referenced people, …): a result stops the save. */
  check?: () => Promise<Result | null>;
  changes: () => FieldChanges;
  /** Must update only where the version is still `baseVersion`, and increment it. */
  claim: () => Promise<{ count: number }>;
  write?: () => Promise<void>;
  audit: { actorId: string; action: AuditAction; incidentId: string; extra?: FieldChanges };
  saved: (version: number) => Result;
}

export async function saveVersioned<Result>(
  transaction: Prisma.TransactionClient,
  save: VersionedSave<Result>,
): Promise<Result> {
  if (save.currentVersion !== save.baseVersion) {
    const last = await transaction.auditEntry.findFirst({
      where: save.lastChangeWhere,
      orderBy: { createdAt: "desc" },
      select: { createdAt: true, actor: { select: { name: true } } },
    });
    return save.conflict(last ? { actorName: last.actor.name, at: last.createdAt } : null);
  }
  const stop = await save.check?.();
  if (stop) return stop;
  const changes = save.changes();
  if (Object.keys(changes).length === 0) return save.saved(save.currentVersion);
  const claimed = await save.claim();
  if (claimed.count !== 1) throw new Error("The version changed during the save transaction");
  await save.write?.();
  await writeAuditEntry(transaction, {
    actorId: save.audit.actorId,
    action: save.audit.action,
    incidentId: save.audit.incidentId,
    changes: { ...save.audit.extra, ...changes },
  });
  return save.saved(save.baseVersion + 1);
}
