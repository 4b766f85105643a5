// The end-of-meeting pulse: each attendee answers once, after the meeting ends. The answer
// is stored with its author only to stop a second answer; nothing ever reads who answered
// what back out (see list-meeting-records.ts: only the summary leaves).
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { pulseSchema } from "@/lib/meetings/meeting-input";
import { publishMeetingChange } from "@/lib/meetings/publish-meeting-change";

export async function submitPulse(
  user: SessionUser,
  reference: string,
  meetingId: string,
  input: unknown,
): Promise<{ status: "saved" }> {
  const incidentId = await findVisibleIncidentId(user, reference, "read");
  const values = pulseSchema.parse(input);
  const meeting = await db.reviewMeeting.findFirst({
    where: { id: meetingId, incidentId },
    select: { status: true, attendees: { where: { userId: user.id }, select: { userId: true } } },
  });
  if (!meeting) throw notFound("That meeting");
  if (meeting.status !== "ended") {
    throw new AppError("conflict", "The pulse opens when the meeting ends.");
  }
  if (meeting.attendees.length === 0) {
    throw new AppError("forbidden", "Only people who joined the meeting answer its pulse.");
  }
  const existing = await db.meetingPulse.findUnique({
    where: { meetingId_userId: { meetingId, userId: user.id } },
    select: { id: true },
  });
  if (existing) throw new AppError("conflict", "You have already answered this pulse. Thank you.");
  await db.meetingPulse.create({ data: { meetingId, userId: user.id, ...values } });
  publishMeetingChange(incidentId, meetingId, user.id, "pulse");
  return { status: "saved" };
}
