// The meeting's course: people join by acknowledging the ground rules, the facilitator
// moves through the agenda (the current item ends as the next starts, all with server
// timestamps) and ends the meeting, which ends the running item and clears the focus.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  meetingActorFor,
  requireControl,
  requireRunningMeeting,
} from "@/lib/meetings/meeting-access";
import { publishMeetingChange } from "@/lib/meetings/publish-meeting-change";

type Saved = { status: "saved" };
const SAVED: Saved = { status: "saved" };

// Anyone who may see the incident joins (viewers too: attending is not editing).
export async function joinMeeting(
  user: SessionUser,
  reference: string,
  meetingId: string,
): Promise<Saved> {
  const actor = await meetingActorFor(user, reference, "read");
  await requireRunningMeeting(actor.incidentId, meetingId);
  await db.meetingAttendee.upsert({
    where: { meetingId_userId: { meetingId, userId: user.id } },
    create: { meetingId, userId: user.id },
    update: {},
  });
  publishMeetingChange(actor.incidentId, meetingId, user.id, "joined");
  return SAVED;
}

// Starts the first item (after the ground rules) or moves on to the next one.
export async function advanceAgenda(
  user: SessionUser,
  reference: string,
  meetingId: string,
): Promise<Saved> {
  const actor = await meetingActorFor(user, reference, "write");
  requireControl(actor);
  await db.$transaction(async (transaction) => {
    await requireRunningMeeting(actor.incidentId, meetingId, transaction);
    const items = await transaction.meetingAgendaItem.findMany({
      where: { meetingId },
      orderBy: { position: "asc" },
      select: { id: true, startedAt: true, endedAt: true },
    });
    const now = new Date();
    const current = items.find((item) => item.startedAt && !item.endedAt);
    const next = items.find((item) => !item.startedAt);
    if (!current && !next) {
      throw new AppError("conflict", "That was the last agenda item. Add one, or end the meeting.");
    }
    if (current) {
      await transaction.meetingAgendaItem.update({
        where: { id: current.id },
        data: { endedAt: now },
      });
    }
    if (next) {
      await transaction.meetingAgendaItem.update({
        where: { id: next.id },
        data: { startedAt: now },
      });
    }
  });
  publishMeetingChange(actor.incidentId, meetingId, user.id, "advanced");
  return SAVED;
}

export async function endMeeting(
  user: SessionUser,
  reference: string,
  meetingId: string,
): Promise<Saved> {
  const actor = await meetingActorFor(user, reference, "write");
  requireControl(actor);
  await db.$transaction(async (transaction) => {
    await requireRunningMeeting(actor.incidentId, meetingId, transaction);
    const now = new Date();
    await transaction.meetingAgendaItem.updateMany({
      where: { meetingId, startedAt: { not: null }, endedAt: null },
      data: { endedAt: now },
    });
    await transaction.reviewMeeting.update({
      where: { id: meetingId },
      data: { status: "ended", endedAt: now, focusKind: null, focusId: null, focusAt: null },
    });
  });
  publishMeetingChange(actor.incidentId, meetingId, user.id, "ended");
  return SAVED;
}

// The facilitator names the note-taker (one of the incident's participants), or nobody.
export async function setNoteTaker(
  user: SessionUser,
  reference: string,
  meetingId: string,
  noteTakerId: string | null,
): Promise<Saved> {
  const actor = await meetingActorFor(user, reference, "write");
  requireControl(actor);
  await requireRunningMeeting(actor.incidentId, meetingId);
  if (noteTakerId) {
    const person = await db.user.findFirst({
      where: {
        id: noteTakerId,
        isActive: true,
        OR: [
          { participations: { some: { incidentId: actor.incidentId } } },
          { meetingAttendances: { some: { meetingId } } },
        ],
      },
      select: { role: true },
    });
    if (!person) {
      throw new AppError(
        "invalid_input",
        "Choose someone who takes part in this incident or has joined the meeting.",
      );
    }
    if (person.role === "viewer") {
      throw new AppError("invalid_input", "Viewers cannot write notes; choose someone else.");
    }
  }
  await db.reviewMeeting.update({ where: { id: meetingId }, data: { noteTakerId } });
  publishMeetingChange(actor.incidentId, meetingId, user.id, "note-taker");
  return SAVED;
}
