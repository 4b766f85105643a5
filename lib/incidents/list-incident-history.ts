// The incident's history: every audit entry, newest first, with who made it.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { FieldChanges } from "@/lib/audit/diff-values";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";

export interface HistoryEntry {
  id: string;
  action: string;
  actorName: string;
  createdAt: string;
  changes: FieldChanges;
}

export async function listIncidentHistory(
  user: SessionUser,
  reference: string,
): Promise<HistoryEntry[]> {
  const incidentId = await findVisibleIncidentId(user, reference);
  const entries = await db.auditEntry.findMany({
    where: { incidentId },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      action: true,
      createdAt: true,
      changes: true,
      actor: { select: { name: true } },
    },
  });
  return entries.map((entry) => ({
    id: entry.id,
    action: entry.action,
    actorName: entry.actor.name,
    createdAt: entry.createdAt.toISOString(),
    changes: parseChanges(entry.changes),
  }));
}

function parseChanges(text: string): FieldChanges {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" ? (parsed as FieldChanges) : {};
  } catch {
    return {};
  }
}
