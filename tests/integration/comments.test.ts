// Comments, mentions and the inbox against a real database: who may be mentioned, who sees
// which thread (private notes' threads stay private in lists, counts and the inbox), and
// how notifications follow access.
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import {
  countUnread,
  listInbox,
  markAllNotificationsRead,
  markNotificationRead,
} from "@/lib/comments/inbox";
import {
  countOpenThreadsByEvent,
  countOpenThreadsByNote,
  listThreads,
} from "@/lib/comments/list-threads";
import { listMentionCandidates } from "@/lib/comments/mention-candidates";
import { createThread, replyToThread } from "@/lib/comments/post-comment";
import { setThreadStatus } from "@/lib/comments/set-thread-status";
import { db } from "@/lib/db";
import { parseIncidentReference } from "@/lib/access/incident-reference";
import { createNote } from "@/lib/mental-models/notes/create-note";
import { createManualEvent } from "@/lib/timeline/create-manual-event";
import { makeIncident, makeUser } from "./factories";

async function eventOn(user: SessionUser, reference: string): Promise<string> {
  const created = await createManualEvent(user, reference, {
    values: {
      time: "2026-03-14T09:11:40.000Z",
      message: "pool timeout",
      service: "payments-api",
      keyMoment: null,
      keyMomentNote: "",
    },
  });
  if (created.status !== "saved") throw new Error(JSON.stringify(created));
  return created.eventId;
}

async function noteOn(
  user: SessionUser,
  reference: string,
  visibility: "private" | "facilitators" | "incident",
): Promise<string> {
  const result = await createNote(user, reference, {
    kind: "own",
    subjectId: null,
    visibility,
    values: {
      anchorEventId: null,
      anchorTime: "2026-03-14T09:12",
      timeZone: "UTC",
      sections: {
        noticed: JSON.stringify({
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: "The pool graph" }] }],
        }),
        thought: "",
        did: "",
        unknown: "",
        surprised: "",
      },
      learnedLater: false,
    },
  });
  if (result.status !== "saved") throw new Error(JSON.stringify(result));
  return result.noteId;
}

async function setRestricted(reference: string, participants: SessionUser[]): Promise<void> {
  const number = parseIncidentReference(reference);
  const incident = await db.incident.update({
    where: { number: number ?? -1 },
    data: { visibility: "restricted" },
  });
  for (const person of participants) {
    await db.incidentParticipant.upsert({
      where: { incidentId_userId: { incidentId: incident.id, userId: person.id } },
      create: { incidentId: incident.id, userId: person.id },
      update: {},
    });
  }
}

describe("mentions", () => {
  it("refuse someone who may not see a restricted incident, storing and notifying nothing", async () => {
    const owner = await makeUser("member", "Olive Owner");
    const outsider = await makeUser("member", "Oscar Outsider");
    const reference = await makeIncident(owner, {
      visibility: "restricted",
      participants: [{ userId: owner.id, role: "facilitator" }],
    });
    const eventId = await eventOn(owner, reference);

    const candidates = await listMentionCandidates(owner, reference);
    expect(candidates.map((person) => person.id)).toContain(owner.id);
    expect(candidates.map((person) => person.id)).not.toContain(outsider.id);

    await expect(
      createThread(owner, reference, {
        anchor: { kind: "event", eventId },
        body: "@Oscar Outsider what did you see here?",
        mentionIds: [outsider.id],
      }),
    ).rejects.toThrow(/Oscar Outsider cannot see this incident/);
    expect(await db.notification.count({ where: { userId: outsider.id } })).toBe(0);
    expect(await db.commentThread.count({ where: { eventId } })).toBe(0);
    expect(await listInbox(outsider)).toEqual([]);
    expect(await countUnread(outsider)).toBe(0);
  });

  it("notify a participant of a restricted incident and count it unread until read", async () => {
    const owner = await makeUser("member", "Ada Owner");
    const colleague = await makeUser("member", "Bea Colleague");
    const reference = await makeIncident(owner, {
      visibility: "restricted",
      participants: [
        { userId: owner.id, role: "facilitator" },
        { userId: colleague.id, role: "participant" },
      ],
    });
    const eventId = await eventOn(owner, reference);
    const posted = await createThread(owner, reference, {
      anchor: { kind: "event", eventId },
      body: "@Bea Colleague what were you seeing here?",
      mentionIds: [colleague.id],
    });
    expect(posted.mentionedIds).toEqual([colleague.id]);
    const inbox = await listInbox(colleague);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      kind: "mention",
      isRead: false,
      actorName: "Ada Owner",
      incidentReference: reference,
      href: `/incidents/${reference}/timeline?event=${eventId}#thread-${posted.threadId}`,
    });
    expect(await countUnread(colleague)).toBe(1);

    // A reply from Bea reaches Ada as a reply; Ada's resolution reaches Bea.
    await replyToThread(colleague, { threadId: posted.threadId, body: "The pool graph." });
    expect((await listInbox(owner)).map((entry) => entry.kind)).toEqual(["reply"]);
    await setThreadStatus(owner, { threadId: posted.threadId, status: "resolved" });
    expect((await listInbox(colleague)).map((entry) => entry.kind)).toEqual([
      "resolved",
      "mention",
    ]);
    const [thread] = await listThreads(owner, reference, { kind: "event", eventId });
    expect(thread?.status).toBe("resolved");
    expect(thread?.comments.map((comment) => comment.mentionNames)).toEqual([
      ["Bea Colleague"],
      [],
    ]);
    await setThreadStatus(colleague, { threadId: posted.threadId, status: "open" });
    expect(await countOpenThreadsByEvent(owner, reference)).toEqual({ [eventId]: 1 });

    const [first] = await listInbox(colleague);
    await markNotificationRead(colleague, { notificationId: first?.id });
    expect(await countUnread(colleague)).toBe(1);
    // Someone else's notification is not theirs to mark.
    const [ownerEntry] = await listInbox(owner);
    await markNotificationRead(colleague, { notificationId: ownerEntry?.id });
    expect(await countUnread(owner)).toBe(1);
    expect(await markAllNotificationsRead(colleague)).toBe(1);
    expect(await countUnread(colleague)).toBe(0);
  });

  it("ignore an offered person whose @Name is no longer in the text", async () => {
    const owner = await makeUser("member", "Cy Owner");
    const other = await makeUser("member", "Dee Other");
    const reference = await makeIncident(owner);
    const eventId = await eventOn(owner, reference);
    const posted = await createThread(owner, reference, {
      anchor: { kind: "event", eventId },
      body: "No mention after all.",
      mentionIds: [other.id],
    });
    expect(posted.mentionedIds).toEqual([]);
    expect(await countUnread(other)).toBe(0);
  });

  it("refuse viewers and bad input with clear messages", async () => {
    const owner = await makeUser("member");
    const viewer = await makeUser("viewer");
    const reference = await makeIncident(owner);
    const eventId = await eventOn(owner, reference);
    await expect(
      createThread(viewer, reference, { anchor: { kind: "event", eventId }, body: "hi" }),
    ).rejects.toThrow(/Viewers/);
    await expect(
      createThread(owner, reference, { anchor: { kind: "event", eventId }, body: "   " }),
    ).rejects.toThrow(/Write a comment first/);
    await expect(
      createThread(owner, reference, {
        anchor: { kind: "event", eventId },
        body: "x".repeat(5001),
      }),
    ).rejects.toThrow(/5,000/);
  });
});

describe("threads on private notes", () => {
  it("are invisible to others in lists, counts, the inbox and as mentions", async () => {
    const author = await makeUser("member", "Pia Private");
    const other = await makeUser("member", "Quinn Other");
    const reference = await makeIncident(author);
    const noteId = await noteOn(author, reference, "private");
    const posted = await createThread(author, reference, {
      anchor: { kind: "note", noteId },
      body: "A thought to come back to.",
    });
    expect(await listThreads(author, reference, { kind: "note", noteId })).toHaveLength(1);
    expect(await listThreads(other, reference, { kind: "note", noteId })).toEqual([]);
    const incidentId = (
      await db.commentThread.findUniqueOrThrow({ where: { id: posted.threadId } })
    ).incidentId;
    expect(await countOpenThreadsByNote(author, incidentId)).toEqual({ [noteId]: 1 });
    expect(await countOpenThreadsByNote(other, incidentId)).toEqual({});
    // Quinn may see the incident but not the note: the mention is refused.
    await expect(
      replyToThread(author, {
        threadId: posted.threadId,
        body: "@Quinn Other have a look",
        mentionIds: [other.id],
      }),
    ).rejects.toThrow(/Quinn Other cannot see this note/);
    // Nor may Quinn reply or resolve: the thread does not exist for them.
    await expect(
      replyToThread(other, { threadId: posted.threadId, body: "hello" }),
    ).rejects.toThrow(/does not exist/);
    await expect(
      setThreadStatus(other, { threadId: posted.threadId, status: "resolved" }),
    ).rejects.toThrow(/does not exist/);
    expect(await countUnread(other)).toBe(0);
  });

  it("leave the inbox when the note stops being shared", async () => {
    const author = await makeUser("member", "Rae Author");
    const other = await makeUser("member", "Sam Other");
    const reference = await makeIncident(author);
    const noteId = await noteOn(author, reference, "incident");
    await createThread(author, reference, {
      anchor: { kind: "note", noteId },
      body: "@Sam Other is this what you saw?",
      mentionIds: [other.id],
    });
    expect(await countUnread(other)).toBe(1);
    await db.modelNote.update({ where: { id: noteId }, data: { visibility: "private" } });
    expect(await listInbox(other)).toEqual([]);
    expect(await countUnread(other)).toBe(0);
  });
});

describe("the inbox", () => {
  it("lists only what the person may still see: a restricted incident disappears", async () => {
    const owner = await makeUser("member", "Tia Owner");
    const reader = await makeUser("member", "Uma Reader");
    const reference = await makeIncident(owner);
    const eventId = await eventOn(owner, reference);
    await createThread(owner, reference, {
      anchor: { kind: "event", eventId },
      body: "@Uma Reader thoughts?",
      mentionIds: [reader.id],
    });
    expect(await listInbox(reader)).toHaveLength(1);
    await setRestricted(reference, [owner]);
    expect(await listInbox(reader)).toEqual([]);
    expect(await countUnread(reader)).toBe(0);
    expect(await countOpenThreadsByEvent(owner, reference)).toEqual({ [eventId]: 1 });
    await expect(countOpenThreadsByEvent(reader, reference)).rejects.toThrow(/does not exist/);
  });

  it("keeps narrative threads and says when their quote is gone", async () => {
    const owner = await makeUser("member");
    const reference = await makeIncident(owner);
    await createThread(owner, reference, {
      anchor: { kind: "narrative", quote: "never in the narrative", before: "", after: "" },
      body: "Which graph was this?",
    });
    const [thread] = await listThreads(owner, reference, { kind: "narrative" });
    expect(thread).toMatchObject({ quote: "never in the narrative", isQuoteFound: false });
  });
});
