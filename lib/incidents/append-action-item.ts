// Appends one action item to an incident through the same versioned save as the incident
// form: the version is claimed (so an editor who opened the form before sees a conflict
// and merges rather than overwriting it), the change is audited and published.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { saveVersioned } from "@/lib/audit/save-versioned";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { actionItemSchema } from "@/lib/incidents/schema";
import { publishIncidentChange } from "@/lib/realtime/bus";

export async function appendActionItem(
  user: SessionUser,
  incidentId: string,
  title: string,
  // Lets the caller mark its own rows in the same transaction (a parking-lot item).
  alsoWrite?: (transaction: Prisma.TransactionClient) => Promise<void>,
): Promise<{ status: "saved"; version: number }> {
  const item = actionItemSchema.parse({
    title,
    ownerId: null,
    dueDate: "",
    status: "open",
    trackerUrl: "",
  });
  const result = await db.$transaction(async (transaction) => {
    const current = await transaction.incident.findUniqueOrThrow({
      where: { id: incidentId },
      select: {
        version: true,
        actionItems: { orderBy: { position: "asc" }, select: { title: true, position: true } },
      },
    });
    const titles = current.actionItems.map((existing) => existing.title);
    const position = (current.actionItems.at(-1)?.position ?? -1) + 1;
    return saveVersioned(transaction, {
      currentVersion: current.version,
      // Read inside the transaction, so only a concurrent save could differ: SQLite runs
      // write transactions one at a time, and the claim below would catch it.
      baseVersion: current.version,
      lastChangeWhere: { incidentId },
      conflict: () => {
        throw new Error("The incident changed during the transaction");
      },
      changes: () => ({ actionItems: { from: titles, to: [...titles, item.title] } }),
      claim: () =>
        transaction.incident.updateMany({
          where: { id: incidentId, version: current.version },
          data: { version: { increment: 1 } },
        }),
      write: async () => {
        await transaction.actionItem.create({
          data: { incidentId, position, title: item.title, status: item.status },
        });
        await alsoWrite?.(transaction);
      },
      audit: { actorId: user.id, action: "incident.updated", incidentId },
      saved: (version) => ({ status: "saved" as const, version }),
    });
  });
  publishIncidentChange(incidentId, {
    topic: "incident",
    action: "edited",
    ids: [incidentId],
    actorId: user.id,
  });
  return result;
}
