// Starting a review meeting: the facilitator (or an admin) opens one with the agenda of
// the incident's review template (or the usual one); only one runs per incident at a
// time. The starter leads: their focus is what followers' pages show.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { meetingActorFor, requireControl } from "@/lib/meetings/meeting-access";
import { publishMeetingChange } from "@/lib/meetings/publish-meeting-change";
import { agendaForIncident } from "@/lib/templates/incident-template";

const ALREADY_RUNNING = "A meeting is already running on this incident. Join it below.";

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    ((error as { code?: unknown }).code === "P2002" ||
      /UNIQUE constraint failed/.test(String((error as { message?: unknown }).message)))
  );
}

export async function startMeeting(
  user: SessionUser,
  reference: string,
): Promise<{ status: "started"; meetingId: string }> {
  const actor = await meetingActorFor(user, reference, "write");
  requireControl(actor);
  let meetingId: string;
  try {
    meetingId = await db.$transaction(async (transaction) => {
      const running = await transaction.reviewMeeting.findFirst({
        where: { incidentId: actor.incidentId, status: "running" },
        select: { id: true },
      });
      if (running) throw new AppError("conflict", ALREADY_RUNNING);
      // The incident's review template sets the agenda; without one, the usual four items.
      const agenda = await agendaForIncident(transaction, actor.incidentId);
      const meeting = await transaction.reviewMeeting.create({
        data: {
          incidentId: actor.incidentId,
          startedById: user.id,
          agenda: {
            create: agenda.map((item, position) => ({ ...item, position })),
          },
        },
        select: { id: true },
      });
      return meeting.id;
    });
  } catch (error) {
    // Two facilitators pressing Start at once: the partial unique index lets one through.
    if (isUniqueViolation(error)) throw new AppError("conflict", ALREADY_RUNNING);
    throw error;
  }
  publishMeetingChange(actor.incidentId, meetingId, user.id, "started");
  return { status: "started", meetingId };
}
