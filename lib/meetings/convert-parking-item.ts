// After (or during) the meeting, the facilitator turns a parked fix into an action item on
// the incident, once: the parking-lot entry keeps its text and is marked as converted.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { appendActionItem } from "@/lib/incidents/append-action-item";
import { ACTION_TITLE_MAX_CHARACTERS } from "@/lib/input-limits";
import { meetingActorFor, requireControl } from "@/lib/meetings/meeting-access";
import { publishMeetingChange } from "@/lib/meetings/publish-meeting-change";

export async function convertParkingItem(
  user: SessionUser,
  reference: string,
  itemId: string,
): Promise<{ status: "saved" }> {
  const actor = await meetingActorFor(user, reference, "write");
  requireControl(actor);
  const item = await db.meetingParkingItem.findFirst({
    where: { id: itemId, meeting: { incidentId: actor.incidentId } },
    select: { id: true, text: true, meetingId: true, convertedAt: true },
  });
  if (!item) throw notFound("That parking-lot item");
  if (item.convertedAt) throw new AppError("conflict", "This one is already an action item.");
  // An action item's title is one line; a long parked thought keeps its first line.
  const title = item.text.split("\n")[0]!.trim().slice(0, ACTION_TITLE_MAX_CHARACTERS);
  await appendActionItem(user, actor.incidentId, title, async (transaction) => {
    const marked = await transaction.meetingParkingItem.updateMany({
      where: { id: item.id, convertedAt: null },
      data: { convertedAt: new Date() },
    });
    if (marked.count !== 1) throw new AppError("conflict", "This one is already an action item.");
  });
  publishMeetingChange(actor.incidentId, item.meetingId, user.id, "parking", { itemId: item.id });
  return { status: "saved" };
}
