// Participants and action-item owners must be real, active accounts. Returns field errors
// in the form's shape rather than failing on a foreign-key error.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ValidIncidentInput } from "@/lib/incidents/schema";

export async function checkReferencedUsers(
  transaction: Prisma.TransactionClient,
  values: ValidIncidentInput,
): Promise<Record<string, string[]>> {
  const ids = new Set<string>();
  values.participants.forEach((participant) => ids.add(participant.userId));
  values.actionItems.forEach((item) => item.ownerId && ids.add(item.ownerId));
  if (ids.size === 0) return {};
  const found = await transaction.user.findMany({
    where: { id: { in: [...ids] }, isActive: true },
    select: { id: true },
  });
  const known = new Set(found.map((user) => user.id));
  const errors: Record<string, string[]> = {};
  values.participants.forEach((participant, index) => {
    if (!known.has(participant.userId))
      errors[`participants.${index}.userId`] = ["No active account with that name."];
  });
  values.actionItems.forEach((item, index) => {
    if (item.ownerId && !known.has(item.ownerId))
      errors[`actionItems.${index}.ownerId`] = ["No active account with that name."];
  });
  return errors;
}
