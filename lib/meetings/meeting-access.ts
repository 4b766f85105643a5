// Who may do what in an incident's review meeting, decided after the incident itself has
// been resolved through findVisibleIncidentId (so a meeting on an incident the person may
// not see is a 404 like the incident). Facilitators of the incident and admins run the
// meeting; anyone who may write joins, adds to the parking lot and captures questions.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { canWrite, type SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

export interface MeetingActor {
  user: SessionUser;
  incidentId: string;
  canControl: boolean;
  canWrite: boolean;
}

export async function canControlMeetings(
  user: SessionUser,
  incidentId: string,
  client: Prisma.TransactionClient = db,
): Promise<boolean> {
  if (user.role === "admin") return true;
  if (!canWrite(user)) return false;
  const participation = await client.incidentParticipant.findUnique({
    where: { incidentId_userId: { incidentId, userId: user.id } },
    select: { role: true },
  });
  return participation?.role === "facilitator";
}

export async function meetingActorFor(
  user: SessionUser,
  reference: string,
  intent: "read" | "write",
): Promise<MeetingActor> {
  const incidentId = await findVisibleIncidentId(user, reference, intent);
  return {
    user,
    incidentId,
    canControl: await canControlMeetings(user, incidentId),
    canWrite: canWrite(user),
  };
}

export function requireControl(actor: MeetingActor): void {
  if (!actor.canControl) {
    throw new AppError(
      "forbidden",
      "Only the incident's facilitator (or an admin) runs the meeting.",
    );
  }
}

// The incident's running meeting, or a clear message when there is none (it may have just
// ended in another window).
export async function requireRunningMeeting(
  incidentId: string,
  meetingId: string,
  client: Prisma.TransactionClient = db,
) {
  const meeting = await client.reviewMeeting.findFirst({
    where: { id: meetingId, incidentId },
    select: { id: true, status: true, startedById: true, noteTakerId: true },
  });
  if (!meeting) throw notFound("That meeting");
  if (meeting.status !== "running") {
    throw new AppError("conflict", "This meeting has ended. Reload to see its record.");
  }
  return meeting;
}
