// The incident's history: every audit entry, newest first, with who made it. Changes to
// mental-model notes and diagrams show only to the person who made them.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { FieldChanges } from "@/lib/audit/diff-values";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { readImportedPerson } from "@/lib/incidents/imported-person";

export interface HistoryEntry {
  id: string;
  action: string;
  actorName: string;
  createdAt: string;
  changes: FieldChanges;
}

export interface HistoryEvent {
  time: string;
  service: string | null;
  message: string;
}

export async function listIncidentHistory(
  user: SessionUser,
  reference: string,
): Promise<HistoryEntry[]> {
  return (await listIncidentHistoryWithEvents(user, reference)).entries;
}

/** The history and the timeline events its entries name (by id, to show them readably). */
export async function listIncidentHistoryWithEvents(
  user: SessionUser,
  reference: string,
): Promise<{ entries: HistoryEntry[]; events: Map<string, HistoryEvent> }> {
  const incidentId = await findVisibleIncidentId(user, reference);
  const entries = await db.auditEntry.findMany({
    // A participant's notes and diagrams may be private: their changes are theirs to see.
    where: {
      incidentId,
      OR: [{ action: { not: { startsWith: "model." } } }, { actorId: user.id }],
    },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      action: true,
      createdAt: true,
      changes: true,
      importedActor: true,
      actor: { select: { name: true } },
    },
  });
  const history = entries.map((entry) => ({
    id: entry.id,
    action: entry.action,
    // History brought in by an import names who did it there.
    actorName: entry.importedActor
      ? `${readImportedPerson(entry.importedActor).name} (imported)`
      : entry.actor.name,
    createdAt: entry.createdAt.toISOString(),
    changes: parseChanges(entry.changes),
  }));
  // The events the entries name, so the page shows their time and words rather than ids.
  const eventIds = new Set<string>();
  for (const entry of history) {
    const event = entry.changes.event;
    for (const id of [event?.from, event?.to]) if (typeof id === "string") eventIds.add(id);
  }
  const rows =
    eventIds.size === 0
      ? []
      : await db.timelineEvent.findMany({
          where: { incidentId, id: { in: [...eventIds] } },
          select: { id: true, time: true, service: true, message: true },
        });
  const events = new Map(
    rows.map((row) => [
      row.id,
      { time: row.time.toISOString(), service: row.service, message: row.message },
    ]),
  );
  return { entries: history, events };
}

function parseChanges(text: string): FieldChanges {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" ? (parsed as FieldChanges) : {};
  } catch {
    return {};
  }
}
