// The review meeting and the conversation around the demo incident, for `npm run demo`:
// comment threads on a key moment and on a shared note (with a mention, a reply and one
// resolved), and one meeting run from ground rules to pulse through the app's own code
// (agenda walked through, a note-taker's notes, a parking lot with one item turned into
// an action item, a question and a surprise captured on events, three pulses and the
// follow-up session). The meeting's times are then set to the afternoon it took place,
// three days after the incident, so its record reads like a real one.
import { db } from "../lib/db";
import { createThread, replyToThread } from "../lib/comments/post-comment";
import { setThreadStatus } from "../lib/comments/set-thread-status";
import { addCapture, addMeetingNote, addParkingItem } from "../lib/meetings/capture-in-meeting";
import { convertParkingItem } from "../lib/meetings/convert-parking-item";
import { advanceAgenda, endMeeting, joinMeeting, setNoteTaker } from "../lib/meetings/run-meeting";
import { setFollowUp } from "../lib/meetings/set-follow-up";
import { startMeeting } from "../lib/meetings/start-meeting";
import { submitPulse } from "../lib/meetings/submit-pulse";

type Person = { id: string; email: string; name: string; role: "admin" | "member" | "viewer" };

export interface DemoReviewPeople {
  facilitator: Person;
  noteTaker: Person;
  others: readonly Person[];
}

// When the meeting took place, and how long each default agenda item ran (minutes).
const MEETING_START = Date.parse("2026-03-17T14:00:00Z");
const ITEM_MINUTES = [6, 38, 12, 5];

async function eventMatching(incidentId: string, text: string) {
  const event = await db.timelineEvent.findFirst({
    where: { incidentId, message: { contains: text }, deletedAt: null },
    orderBy: { time: "asc" },
    select: { id: true },
  });
  return event?.id ?? null;
}

export async function seedDemoComments(
  reference: string,
  incidentId: string,
  people: DemoReviewPeople,
): Promise<number> {
  const { facilitator, noteTaker } = people;
  const asker = people.others[0] ?? noteTaker;
  let threads = 0;
  const alert = await eventMatching(incidentId, "PaymentsApiHighLatency");
  if (alert) {
    const thread = await createThread(asker, reference, {
      anchor: { kind: "event", eventId: alert },
      body: `@${facilitator.name} the latency alert fired four minutes before anyone looked at the error rate. What were people watching then?`,
      mentionIds: [facilitator.id],
    });
    await replyToThread(facilitator, {
      threadId: thread.threadId,
      body: "Good question for the walk-through: I have put it on the agenda's timeline item.",
      mentionIds: [],
    });
    threads += 1;
  }
  const note = await db.modelNote.findFirst({
    where: { incidentId, authorId: noteTaker.id, visibility: "incident", deletedAt: null },
    select: { id: true },
  });
  if (note) {
    const thread = await createThread(facilitator, reference, {
      anchor: { kind: "note", noteId: note.id },
      body: "This is the first time the pool size comes up in anyone's notes. Worth a key moment?",
      mentionIds: [],
    });
    await replyToThread(noteTaker, {
      threadId: thread.threadId,
      body: "Yes: added the flag event as a key moment.",
      mentionIds: [],
    });
    await setThreadStatus(facilitator, { threadId: thread.threadId, status: "resolved" });
    threads += 1;
  }
  return threads;
}

export async function seedDemoMeeting(
  reference: string,
  incidentId: string,
  people: DemoReviewPeople,
): Promise<void> {
  const { facilitator, noteTaker, others } = people;
  const { meetingId } = await startMeeting(facilitator, reference);
  for (const person of [facilitator, noteTaker, ...others]) {
    await joinMeeting(person, reference, meetingId);
  }
  await setNoteTaker(facilitator, reference, meetingId, noteTaker.id);

  // Introduction, then the walk-through with what people raised.
  await advanceAgenda(facilitator, reference, meetingId);
  await advanceAgenda(facilitator, reference, meetingId);
  await addMeetingNote(noteTaker, reference, meetingId, {
    text: "The flag change looked routine to everyone: it went through the normal pipeline and no dashboard showed pool settings.",
  });
  await addMeetingNote(noteTaker, reference, meetingId, {
    text: "To some the 503s looked like a payments outage, to others like slowness. Both readings fit what their dashboards showed.",
  });
  const flag = await eventMatching(incidentId, "flag updated");
  await addCapture(facilitator, reference, meetingId, {
    kind: "question",
    text: "Who can see which flags are on in production, and where?",
    eventId: flag,
  });
  const skew = await eventMatching(incidentId, "PaymentsApiHighLatency");
  await addCapture(noteTaker, reference, meetingId, {
    kind: "surprise",
    text: "The edge hosts' clock and zone made this alert look later than it was.",
    eventId: skew,
  });
  const [first] = others;
  await addParkingItem(first ?? noteTaker, reference, meetingId, {
    text: "Show the pool profile beside the connection graphs on the payments dashboard.",
  });
  await addParkingItem(noteTaker, reference, meetingId, {
    text: "Alert on pool wait time, not only on errors.",
  });
  // Learnings, wrap-up, then the end.
  await advanceAgenda(facilitator, reference, meetingId);
  await advanceAgenda(facilitator, reference, meetingId);
  await endMeeting(facilitator, reference, meetingId);

  const parked = await db.meetingParkingItem.findFirst({
    where: { meetingId },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (parked) await convertParkingItem(facilitator, reference, parked.id);
  await setFollowUp(facilitator, reference, meetingId, {
    note: "Action-item session with the payments and platform teams.",
    date: "2026-03-24",
  });
  const pulses = [
    { person: facilitator, learned: 4, attendAgain: 5, comment: "" },
    {
      person: noteTaker,
      learned: 5,
      attendAgain: 5,
      comment: "Hearing how the flag looked from the platform side helped.",
    },
    { person: first ?? noteTaker, learned: 4, attendAgain: 4, comment: "" },
  ];
  for (const pulse of pulses) {
    await submitPulse(pulse.person, reference, meetingId, {
      learned: pulse.learned,
      attendAgain: pulse.attendAgain,
      comment: pulse.comment,
    });
  }
  await backdateMeeting(meetingId);
}

// The meeting ran in seconds; its record shows the afternoon it stands for.
async function backdateMeeting(meetingId: string): Promise<void> {
  const items = await db.meetingAgendaItem.findMany({
    where: { meetingId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  let at = MEETING_START + 2 * 60_000;
  for (const [index, item] of items.entries()) {
    const minutes = ITEM_MINUTES[index] ?? 5;
    await db.meetingAgendaItem.update({
      where: { id: item.id },
      data: { startedAt: new Date(at), endedAt: new Date(at + minutes * 60_000) },
    });
    at += minutes * 60_000;
  }
  const started = new Date(MEETING_START);
  await db.reviewMeeting.update({
    where: { id: meetingId },
    data: { startedAt: started, endedAt: new Date(at) },
  });
  await db.meetingAttendee.updateMany({ where: { meetingId }, data: { joinedAt: started } });
  const during = (minutes: number) => new Date(MEETING_START + minutes * 60_000);
  const inOrder = { where: { meetingId }, orderBy: { createdAt: "asc" as const } };
  const notes = await db.meetingNote.findMany(inOrder);
  const captures = await db.meetingCapture.findMany(inOrder);
  const parking = await db.meetingParkingItem.findMany(inOrder);
  for (const [index, row] of notes.entries()) {
    await db.meetingNote.update({
      where: { id: row.id },
      data: { createdAt: during(14 + 13 * index) },
    });
  }
  for (const [index, row] of captures.entries()) {
    await db.meetingCapture.update({
      where: { id: row.id },
      data: { createdAt: during(18 + 15 * index) },
    });
  }
  for (const [index, row] of parking.entries()) {
    await db.meetingParkingItem.update({
      where: { id: row.id },
      data: { createdAt: during(36 + 5 * index) },
    });
  }
  await db.meetingPulse.updateMany({ where: { meetingId }, data: { createdAt: new Date(at) } });
}
