// Review meetings on a real database: who may run one, one at a time, the agenda's server
// timestamps, the focus (only what everyone may see), the parking lot turned into an
// action item, and the pulse's anonymity: nothing returns who answered what.
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { asAppError } from "@/lib/errors";
import { addCapture, addMeetingNote, addParkingItem } from "@/lib/meetings/capture-in-meeting";
import { convertParkingItem } from "@/lib/meetings/convert-parking-item";
import { addAgendaItem, removeAgendaItem, updateAgendaItem } from "@/lib/meetings/edit-agenda";
import { getMeetingBar } from "@/lib/meetings/get-meeting-bar";
import { getReviewPageData } from "@/lib/meetings/get-review-page-data";
import { setMeetingFocus } from "@/lib/meetings/meeting-focus";
import { advanceAgenda, endMeeting, joinMeeting, setNoteTaker } from "@/lib/meetings/run-meeting";
import { setFollowUp } from "@/lib/meetings/set-follow-up";
import { startMeeting } from "@/lib/meetings/start-meeting";
import { submitPulse } from "@/lib/meetings/submit-pulse";
import { createManualEvent } from "@/lib/timeline/create-manual-event";
import { makeIncident, makeUser } from "./factories";

async function incidentWithFacilitator(visibility: "workspace" | "restricted" = "workspace") {
  const facilitator = await makeUser("member", "Fay Facilitator");
  const participant = await makeUser("member", "Pia Participant");
  const reference = await makeIncident(facilitator, {
    visibility,
    participants: [
      { userId: facilitator.id, role: "facilitator" },
      { userId: participant.id, role: "participant" },
    ],
  });
  return { facilitator, participant, reference };
}

async function addEvent(user: SessionUser, reference: string, message: string): Promise<string> {
  const result = await createManualEvent(user, reference, {
    values: {
      time: "2026-03-14T09:12:00.000Z",
      message,
      service: "api",
      level: "",
      keyMoment: "detection",
      keyMomentNote: "",
    },
  });
  if (result.status !== "saved") throw new Error(JSON.stringify(result));
  return result.eventId;
}

// What the person would be told: the action wrapper maps zod errors to invalid_input too.
const errorCode = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => asAppError(error)?.code ?? String(error),
  );

describe("review meetings", () => {
  it("lets only the facilitator or an admin start, advance, focus and end a meeting", async () => {
    const { facilitator, participant, reference } = await incidentWithFacilitator();
    const eventId = await addEvent(facilitator, reference, "Error rate climbs");
    expect(await errorCode(startMeeting(participant, reference))).toBe("forbidden");

    const { meetingId } = await startMeeting(facilitator, reference);
    // One running meeting per incident.
    expect(await errorCode(startMeeting(facilitator, reference))).toBe("conflict");
    const admin = await makeUser("admin");
    expect(await errorCode(startMeeting(admin, reference))).toBe("conflict");

    expect(await errorCode(advanceAgenda(participant, reference, meetingId))).toBe("forbidden");
    expect(
      await errorCode(
        setMeetingFocus(participant, reference, meetingId, { kind: "event", id: eventId }),
      ),
    ).toBe("forbidden");
    expect(
      await errorCode(addAgendaItem(participant, reference, meetingId, { title: "x", minutes: 5 })),
    ).toBe("forbidden");
    expect(await errorCode(endMeeting(participant, reference, meetingId))).toBe("forbidden");

    await advanceAgenda(facilitator, reference, meetingId);
    await setMeetingFocus(facilitator, reference, meetingId, { kind: "event", id: eventId });
    // An admin may run it too.
    await advanceAgenda(admin, reference, meetingId);
    const bar = await getMeetingBar(
      participant,
      (await db.reviewMeeting.findUniqueOrThrow({ where: { id: meetingId } })).incidentId,
    );
    expect(bar?.focus).toEqual({ kind: "event", id: eventId });
    expect(bar?.canControl).toBe(false);
    expect(
      bar?.agenda.map((item) => [item.title, Boolean(item.startedAt), Boolean(item.endedAt)]),
    ).toEqual([
      ["Introduction", true, true],
      ["Timeline walk-through", true, false],
      ["Learnings and themes", false, false],
      ["Wrap-up", false, false],
    ]);
    await endMeeting(facilitator, reference, meetingId);
    expect(await errorCode(advanceAgenda(facilitator, reference, meetingId))).toBe("conflict");
    // A new meeting may start once the last one has ended.
    expect((await startMeeting(facilitator, reference)).status).toBe("started");
  });

  it("edits the agenda but keeps items that already ran", async () => {
    const { facilitator, reference } = await incidentWithFacilitator();
    const { meetingId } = await startMeeting(facilitator, reference);
    await addAgendaItem(facilitator, reference, meetingId, { title: "Surprises", minutes: "7" });
    expect(
      await errorCode(addAgendaItem(facilitator, reference, meetingId, { title: "", minutes: 0 })),
    ).toBe("invalid_input");
    const items = await db.meetingAgendaItem.findMany({
      where: { meetingId },
      orderBy: { position: "asc" },
    });
    expect(items.map((item) => `${item.title} ${item.minutes}`)).toEqual([
      "Introduction 5",
      "Timeline walk-through 35",
      "Learnings and themes 10",
      "Wrap-up 5",
      "Surprises 7",
    ]);
    await advanceAgenda(facilitator, reference, meetingId);
    await updateAgendaItem(facilitator, reference, meetingId, items[0]!.id, {
      title: "Welcome",
      minutes: 3,
    });
    expect(await errorCode(removeAgendaItem(facilitator, reference, meetingId, items[0]!.id))).toBe(
      "conflict",
    );
    await removeAgendaItem(facilitator, reference, meetingId, items[4]!.id);
    const after = await db.meetingAgendaItem.findMany({
      where: { meetingId },
      orderBy: { position: "asc" },
    });
    expect(after.map((item) => `${item.title} ${item.minutes}`)).toEqual([
      "Welcome 3",
      "Timeline walk-through 35",
      "Learnings and themes 10",
      "Wrap-up 5",
    ]);
  });

  it("focuses only on what every participant may see", async () => {
    const { facilitator, reference } = await incidentWithFacilitator();
    const other = await incidentWithFacilitator();
    const foreignEvent = await addEvent(other.facilitator, other.reference, "Elsewhere");
    const { meetingId } = await startMeeting(facilitator, reference);
    expect(
      await errorCode(
        setMeetingFocus(facilitator, reference, meetingId, { kind: "event", id: foreignEvent }),
      ),
    ).toBe("invalid_input");
    const incidentId = (await db.reviewMeeting.findUniqueOrThrow({ where: { id: meetingId } }))
      .incidentId;
    const privateNote = await db.modelNote.create({
      data: {
        incidentId,
        authorId: facilitator.id,
        subjectId: facilitator.id,
        anchorTime: new Date(),
        visibility: "private",
      },
    });
    expect(
      await errorCode(
        setMeetingFocus(facilitator, reference, meetingId, { kind: "note", id: privateNote.id }),
      ),
    ).toBe("invalid_input");
    const compare = await setMeetingFocus(facilitator, reference, meetingId, { kind: "compare" });
    expect(compare.focus.kind).toBe("compare");
  });

  it("captures the parking lot, questions and notes, and turns a parked fix into an action item", async () => {
    const { facilitator, participant, reference } = await incidentWithFacilitator();
    const eventId = await addEvent(facilitator, reference, "Failover starts");
    const { meetingId } = await startMeeting(facilitator, reference);
    await joinMeeting(participant, reference, meetingId);
    await addParkingItem(participant, reference, meetingId, { text: "Alert on replica lag" });
    await addCapture(participant, reference, meetingId, {
      kind: "question",
      text: "Who saw the page first?",
      eventId,
    });
    expect(await errorCode(addMeetingNote(participant, reference, meetingId, { text: "x" }))).toBe(
      "forbidden",
    );
    await setNoteTaker(facilitator, reference, meetingId, participant.id);
    await addMeetingNote(participant, reference, meetingId, {
      text: "Paging went to the old rota",
    });
    expect(await errorCode(addParkingItem(participant, reference, meetingId, { text: "  " }))).toBe(
      "invalid_input",
    );

    const { running } = await getReviewPageData(participant, reference);
    expect(running?.parking.map((item) => item.text)).toEqual(["Alert on replica lag"]);
    expect(running?.captures[0]).toMatchObject({ kind: "question", event: { id: eventId } });
    expect(running?.notes.map((note) => note.text)).toEqual(["Paging went to the old rota"]);
    expect(running?.viewer).toMatchObject({ hasJoined: true, isNoteTaker: true });

    const incident = await db.incident.findFirstOrThrow({
      where: { reviewMeetings: { some: { id: meetingId } } },
    });
    const itemId = running!.parking[0]!.id;
    expect(await errorCode(convertParkingItem(participant, reference, itemId))).toBe("forbidden");
    await convertParkingItem(facilitator, reference, itemId);
    expect(await errorCode(convertParkingItem(facilitator, reference, itemId))).toBe("conflict");
    const saved = await db.incident.findUniqueOrThrow({
      where: { id: incident.id },
      include: { actionItems: true },
    });
    expect(saved.actionItems.map((item) => item.title)).toEqual(["Alert on replica lag"]);
    // The same versioned save as the form: the version moves, so an open form merges.
    expect(saved.version).toBe(incident.version + 1);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { incidentId: incident.id, action: "incident.updated" },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.parse(audit.changes)).toEqual({
      actionItems: { from: [], to: ["Alert on replica lag"] },
    });
  });

  it("keeps the pulse anonymous: only counts, averages and unnamed comments come back", async () => {
    const { facilitator, participant, reference } = await incidentWithFacilitator();
    const third = await makeUser("member", "Tom Third");
    const { meetingId } = await startMeeting(facilitator, reference);
    await joinMeeting(facilitator, reference, meetingId);
    await joinMeeting(participant, reference, meetingId);
    await joinMeeting(third, reference, meetingId);
    expect(
      await errorCode(
        submitPulse(participant, reference, meetingId, { learned: 5, attendAgain: 5 }),
      ),
    ).toBe("conflict");
    await setFollowUp(facilitator, reference, meetingId, {
      note: "Action items with SRE",
      date: "2026-12-12",
    });
    await endMeeting(facilitator, reference, meetingId);

    await submitPulse(participant, reference, meetingId, {
      learned: 5,
      attendAgain: 4,
      comment: "Zebra-unique comment",
    });
    await submitPulse(third, reference, meetingId, { learned: 2, attendAgain: 3, comment: "" });
    expect(
      await errorCode(submitPulse(third, reference, meetingId, { learned: 1, attendAgain: 1 })),
    ).toBe("conflict");
    const outsider = await makeUser("member", "Otto Outsider");
    expect(
      await errorCode(submitPulse(outsider, reference, meetingId, { learned: 3, attendAgain: 3 })),
    ).toBe("forbidden");
    expect(
      await errorCode(
        submitPulse(facilitator, reference, meetingId, { learned: 9, attendAgain: 3 }),
      ),
    ).toBe("invalid_input");

    for (const viewer of [facilitator, participant, third, await makeUser("admin")]) {
      const data = await getReviewPageData(viewer, reference);
      const record = data.records[0]!;
      expect(record.pulse).toMatchObject({
        count: 2,
        learnedAverage: 3.5,
        attendAgainAverage: 3.5,
        comments: ["Zebra-unique comment"],
      });
      expect(record.followUp).toEqual({ note: "Action items with SRE", date: "2026-12-12" });
      expect(record.attendees.map((person) => person.name).sort()).toEqual([
        "Fay Facilitator",
        "Pia Participant",
        "Tom Third",
      ]);
      // Nothing in what the page receives ties an answer or the comment to a person.
      const text = JSON.stringify(data.records);
      expect(text).not.toMatch(/"learned":\s*[1-5]\b/);
      expect(text).not.toContain("userId");
      const pulseText = JSON.stringify(record.pulse);
      for (const person of [participant, third]) {
        expect(pulseText).not.toContain(person.id);
        expect(pulseText).not.toContain(person.name);
      }
    }
    // Each person learns only whether they answered themselves.
    expect((await getReviewPageData(third, reference)).records[0]!.viewer.hasAnsweredPulse).toBe(
      true,
    );
    expect(
      (await getReviewPageData(facilitator, reference)).records[0]!.viewer.hasAnsweredPulse,
    ).toBe(false);
  });

  it("hides a restricted incident's meeting from outsiders (404) and shows it to participants", async () => {
    const { facilitator, participant, reference } = await incidentWithFacilitator("restricted");
    const outsider = await makeUser("member", "Otto Outsider");
    const { meetingId } = await startMeeting(facilitator, reference);
    expect(await errorCode(getReviewPageData(outsider, reference))).toBe("not_found");
    expect(await errorCode(joinMeeting(outsider, reference, meetingId))).toBe("not_found");
    expect(await errorCode(addParkingItem(outsider, reference, meetingId, { text: "Peek" }))).toBe(
      "not_found",
    );
    expect(await errorCode(startMeeting(outsider, reference))).toBe("not_found");
    expect(
      await errorCode(submitPulse(outsider, reference, meetingId, { learned: 3, attendAgain: 3 })),
    ).toBe("not_found");
    expect((await getReviewPageData(participant, reference)).running?.id).toBe(meetingId);
  });

  it("does not let a meeting id from another incident be used through this one", async () => {
    const first = await incidentWithFacilitator();
    const second = await incidentWithFacilitator();
    const { meetingId } = await startMeeting(second.facilitator, second.reference);
    expect(await errorCode(advanceAgenda(first.facilitator, first.reference, meetingId))).toBe(
      "not_found",
    );
    expect(await errorCode(joinMeeting(first.participant, first.reference, meetingId))).toBe(
      "not_found",
    );
  });
});
