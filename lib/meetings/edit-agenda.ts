// Editing the agenda before and during the meeting: add an item at the end, rename it or
// change its minutes, remove one that has not started (what ran stays in the record).
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import {
  meetingActorFor,
  requireControl,
  requireRunningMeeting,
  type MeetingActor,
} from "@/lib/meetings/meeting-access";
import { AGENDA_MAX_ITEMS, agendaItemSchema } from "@/lib/meetings/meeting-input";
import { publishMeetingChange } from "@/lib/meetings/publish-meeting-change";

type Saved = { status: "saved" };

async function controlRunning(user: SessionUser, reference: string, meetingId: string) {
  const actor = await meetingActorFor(user, reference, "write");
  requireControl(actor);
  await requireRunningMeeting(actor.incidentId, meetingId);
  return actor;
}

async function findItem(meetingId: string, itemId: string) {
  const item = await db.meetingAgendaItem.findFirst({
    where: { id: itemId, meetingId },
    select: { id: true, startedAt: true },
  });
  if (!item) throw notFound("That agenda item");
  return item;
}

function published(actor: MeetingActor, meetingId: string): Saved {
  publishMeetingChange(actor.incidentId, meetingId, actor.user.id, "agenda");
  return { status: "saved" };
}

export async function addAgendaItem(
  user: SessionUser,
  reference: string,
  meetingId: string,
  input: unknown,
): Promise<Saved> {
  const actor = await controlRunning(user, reference, meetingId);
  const values = agendaItemSchema.parse(input);
  const count = await db.meetingAgendaItem.count({ where: { meetingId } });
  if (count >= AGENDA_MAX_ITEMS) {
    throw new AppError("invalid_input", `An agenda holds at most ${AGENDA_MAX_ITEMS} items.`);
  }
  const last = await db.meetingAgendaItem.findFirst({
    where: { meetingId },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  await db.meetingAgendaItem.create({
    data: { meetingId, position: (last?.position ?? -1) + 1, ...values },
  });
  return published(actor, meetingId);
}

export async function updateAgendaItem(
  user: SessionUser,
  reference: string,
  meetingId: string,
  itemId: string,
  input: unknown,
): Promise<Saved> {
  const actor = await controlRunning(user, reference, meetingId);
  const values = agendaItemSchema.parse(input);
  await findItem(meetingId, itemId);
  await db.meetingAgendaItem.update({ where: { id: itemId }, data: values });
  return published(actor, meetingId);
}

export async function removeAgendaItem(
  user: SessionUser,
  reference: string,
  meetingId: string,
  itemId: string,
): Promise<Saved> {
  const actor = await controlRunning(user, reference, meetingId);
  const item = await findItem(meetingId, itemId);
  if (item.startedAt) {
    throw new AppError(
      "conflict",
      "This item has already started, so it stays in the record. Rename it or shorten it instead.",
    );
  }
  await db.meetingAgendaItem.delete({ where: { id: itemId } });
  return published(actor, meetingId);
}
