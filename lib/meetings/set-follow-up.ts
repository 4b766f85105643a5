// The scheduling note for the follow-up action-item session: free words and a day, set by
// the facilitator during the wrap-up or after the meeting.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { meetingActorFor, requireControl } from "@/lib/meetings/meeting-access";
import { followUpSchema } from "@/lib/meetings/meeting-input";
import { publishMeetingChange } from "@/lib/meetings/publish-meeting-change";

export async function setFollowUp(
  user: SessionUser,
  reference: string,
  meetingId: string,
  input: unknown,
): Promise<{ status: "saved" }> {
  const actor = await meetingActorFor(user, reference, "write");
  requireControl(actor);
  const { note, date } = followUpSchema.parse(input);
  const updated = await db.reviewMeeting.updateMany({
    where: { id: meetingId, incidentId: actor.incidentId },
    data: { followUpNote: note, followUpDate: date ? new Date(`${date}T00:00:00.000Z`) : null },
  });
  if (updated.count !== 1) throw notFound("That meeting");
  publishMeetingChange(actor.incidentId, meetingId, user.id, "follow-up");
  return { status: "saved" };
}
