// What the meeting captures while it runs: proposed fixes into the parking lot (anyone who
// may write), questions and surprises on timeline events (anyone who may write), and the
// note-taker's notes (the note-taker, or a facilitator standing in).
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { meetingActorFor, requireRunningMeeting } from "@/lib/meetings/meeting-access";
import { captureSchema, meetingNoteSchema, parkingItemSchema } from "@/lib/meetings/meeting-input";
import { publishMeetingChange } from "@/lib/meetings/publish-meeting-change";

type Saved = { status: "saved" };
const SAVED: Saved = { status: "saved" };

export async function addParkingItem(
  user: SessionUser,
  reference: string,
  meetingId: string,
  input: unknown,
): Promise<Saved> {
  const actor = await meetingActorFor(user, reference, "write");
  const { text } = parkingItemSchema.parse(input);
  await requireRunningMeeting(actor.incidentId, meetingId);
  const item = await db.meetingParkingItem.create({
    data: { meetingId, authorId: user.id, text },
    select: { id: true },
  });
  publishMeetingChange(actor.incidentId, meetingId, user.id, "parking", { itemId: item.id });
  return SAVED;
}

export async function addCapture(
  user: SessionUser,
  reference: string,
  meetingId: string,
  input: unknown,
): Promise<Saved> {
  const actor = await meetingActorFor(user, reference, "write");
  const values = captureSchema.parse(input);
  await requireRunningMeeting(actor.incidentId, meetingId);
  if (values.eventId) {
    const event = await db.timelineEvent.findFirst({
      where: { id: values.eventId, incidentId: actor.incidentId, deletedAt: null },
      select: { id: true },
    });
    if (!event) throw new AppError("invalid_input", "That event is not on this timeline any more.");
  }
  await db.meetingCapture.create({
    data: { ...values, meetingId, incidentId: actor.incidentId, authorId: user.id },
  });
  publishMeetingChange(actor.incidentId, meetingId, user.id, "capture");
  return SAVED;
}

export async function addMeetingNote(
  user: SessionUser,
  reference: string,
  meetingId: string,
  input: unknown,
): Promise<Saved> {
  const actor = await meetingActorFor(user, reference, "write");
  const { text } = meetingNoteSchema.parse(input);
  const meeting = await requireRunningMeeting(actor.incidentId, meetingId);
  if (meeting.noteTakerId !== user.id && !actor.canControl) {
    throw new AppError("forbidden", "The note-taker writes the meeting notes.");
  }
  await db.meetingNote.create({ data: { meetingId, authorId: user.id, text } });
  publishMeetingChange(actor.incidentId, meetingId, user.id, "note");
  return SAVED;
}
