// Privacy of "what I knew then" notes, with two (or more) accounts for each path: the list,
// the page data, the API route, the actions, the counts and the timeline lanes.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { calibrateNote } from "@/lib/mental-models/notes/calibrate-note";
import { createNote } from "@/lib/mental-models/notes/create-note";
import { deleteNote } from "@/lib/mental-models/notes/delete-note";
import { getNotesPageData } from "@/lib/mental-models/notes/get-notes-page-data";
import { listNoteLanes, listNotesForViewer } from "@/lib/mental-models/notes/list-notes";
import { setNoteVisibility } from "@/lib/mental-models/notes/set-note-visibility";
import { updateNote } from "@/lib/mental-models/notes/update-note";
import { listIncidentHistory } from "@/lib/incidents/list-incident-history";
import { createManualEvent } from "@/lib/timeline/create-manual-event";
import { listTimelineEvents } from "@/lib/timeline/list-timeline-events";
import { makeIncident, makeUser } from "./factories";

// The route and the actions read the signed-in person; here it is whoever the test says.
const signedIn = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  requireUser: () => {
    if (!signedIn.user) throw new Error("no user");
    return Promise.resolve(signedIn.user);
  },
}));
const { GET } = await import("@/app/api/incidents/[reference]/notes/route");
const actions = await import("@/app/incidents/[reference]/models/notes-actions");

const doc = (text: string) =>
  JSON.stringify({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });

function values(text: string, overrides: Record<string, unknown> = {}) {
  return {
    anchorEventId: null,
    anchorTime: "2026-03-14T09:12",
    timeZone: "UTC",
    sections: { noticed: doc(text), thought: "", did: "", unknown: "", surprised: "" },
    learnedLater: false,
    ...overrides,
  };
}

async function write(
  user: SessionUser,
  reference: string,
  text: string,
  visibility: "private" | "facilitators" | "incident",
  extra: Record<string, unknown> = {},
) {
  const result = await createNote(user, reference, {
    kind: "own",
    subjectId: null,
    visibility,
    values: values(text),
    ...extra,
  });
  if (result.status !== "saved") throw new Error(JSON.stringify(result));
  return result.noteId;
}

async function apiNotes(user: SessionUser, reference: string, query = "") {
  signedIn.user = user;
  const response = await GET(
    new Request(`http://localhost/api/incidents/${reference}/notes${query}`),
    {
      params: Promise.resolve({ reference }),
    },
  );
  return { status: response.status, text: await response.text() };
}

interface World {
  facilitator: SessionUser;
  otherFacilitator: SessionUser;
  alice: SessionUser;
  bob: SessionUser;
  reference: string;
  eventId: string;
}

let world: World;

beforeAll(async () => {
  const facilitator = await makeUser("member", "Fran Facilitator");
  const otherFacilitator = await makeUser("member", "Otto Facilitator");
  const alice = await makeUser("member", "Alice Participant");
  const bob = await makeUser("member", "Bob Participant");
  const reference = await makeIncident(facilitator, {
    participants: [
      { userId: facilitator.id, role: "facilitator" },
      { userId: otherFacilitator.id, role: "facilitator" },
      { userId: alice.id, role: "participant" },
      { userId: bob.id, role: "participant" },
    ],
  });
  const event = await createManualEvent(alice, reference, {
    values: {
      time: "2026-03-14T09:11:40Z",
      message: "pool timeout alert",
      service: "payments-api",
      keyMoment: null,
      keyMomentNote: "",
    },
  });
  if (event.status !== "saved") throw new Error("no event");
  world = { facilitator, otherFacilitator, alice, bob, reference, eventId: event.eventId };
});

describe("note visibility", () => {
  it("shows a private note to its author only: list, page data, API, lanes and counts", async () => {
    const { alice, bob, facilitator, reference } = world;
    const secret = `alice-private-${Math.random()}`;
    const shared = `alice-shared-${Math.random()}`;
    await write(alice, reference, secret, "private");
    await write(alice, reference, shared, "incident");

    const own = await listNotesForViewer(alice, reference);
    expect(JSON.stringify(own.notes)).toContain(secret);

    for (const other of [bob, facilitator]) {
      const list = await listNotesForViewer(other, reference);
      expect(JSON.stringify(list)).not.toContain(secret);
      expect(JSON.stringify(list)).toContain(shared);
      const page = await getNotesPageData(other, reference);
      expect(JSON.stringify(page)).not.toContain(secret);
      const lanes = await listNoteLanes(other, reference);
      expect(JSON.stringify(lanes)).not.toContain(secret);
      expect(JSON.stringify(lanes)).toContain(shared);
      const api = await apiNotes(other, reference);
      expect(api.status).toBe(200);
      expect(api.text).not.toContain(secret);
      expect(api.text).toContain(shared);
      const apiLanes = await apiNotes(other, reference, "?view=lanes");
      expect(apiLanes.text).not.toContain(secret);
    }
    // Counts: Bob sees Alice's shared note only; Alice sees both as hers.
    const bobPage = await getNotesPageData(bob, reference);
    const aliceNotes = bobPage.shared.find((group) => group.personId === alice.id)?.notes ?? [];
    expect(aliceNotes.map((note) => note.id).length).toBe(
      (await listNotesForViewer(bob, reference)).notes.filter((n) => n.authorId === alice.id)
        .length,
    );
    expect(JSON.stringify(aliceNotes)).not.toContain(secret);
    const alicePage = await getNotesPageData(alice, reference);
    expect(alicePage.counts.mine).toBeGreaterThanOrEqual(2);
  });

  it("shows a facilitators note to facilitators and the author, not to other participants", async () => {
    const { alice, bob, facilitator, otherFacilitator, reference } = world;
    const text = `for-facilitators-${Math.random()}`;
    await write(alice, reference, text, "facilitators");
    for (const reader of [alice, facilitator, otherFacilitator]) {
      expect(JSON.stringify(await listNotesForViewer(reader, reference))).toContain(text);
    }
    expect(JSON.stringify(await listNotesForViewer(bob, reference))).not.toContain(text);
    expect((await apiNotes(bob, reference)).text).not.toContain(text);
  });

  it("refuses changes to another person's note as not found when they may not see it", async () => {
    const { alice, bob, reference } = world;
    const noteId = await write(alice, reference, `alice-only-${Math.random()}`, "private");
    await expect(
      updateNote(bob, reference, { noteId, baseVersion: 1, values: values("taken over") }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      setNoteVisibility(bob, reference, { noteId, visibility: "incident" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteNote(bob, reference, { noteId })).rejects.toMatchObject({
      code: "not_found",
    });
    // Through the actions, as the browser calls them: the same answer, nothing else said.
    signedIn.user = bob;
    const viaAction = await actions.setNoteVisibilityAction(reference, {
      noteId,
      visibility: "incident",
    });
    expect(viaAction).toMatchObject({ status: "error", code: "not_found" });
    const update = await actions.updateNoteAction(reference, {
      noteId,
      baseVersion: 1,
      values: values("taken over"),
    });
    expect(update).toMatchObject({ status: "error", code: "not_found" });
    // Still Alice's words, still private.
    const aliceView = await listNotesForViewer(alice, reference);
    const note = aliceView.notes.find((candidate) => candidate.id === noteId);
    expect(note?.visibility).toBe("private");
    expect(JSON.stringify(note)).not.toContain("taken over");
  });

  it("lets a reader of a shared note read it but not change it", async () => {
    const { alice, bob, reference } = world;
    const noteId = await write(alice, reference, `shared-${Math.random()}`, "incident");
    await expect(
      updateNote(bob, reference, { noteId, baseVersion: 1, values: values("mine now") }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      setNoteVisibility(bob, reference, { noteId, visibility: "private" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("withdraws a note moved back to private", async () => {
    const { alice, bob, reference } = world;
    const text = `withdrawn-${Math.random()}`;
    const noteId = await write(alice, reference, text, "incident");
    expect(JSON.stringify(await listNotesForViewer(bob, reference))).toContain(text);
    await setNoteVisibility(alice, reference, { noteId, visibility: "private" });
    expect(JSON.stringify(await listNotesForViewer(bob, reference))).not.toContain(text);
  });

  it("shows note changes in the history only to the person who made them", async () => {
    const { alice, bob, reference } = world;
    const secret = `history-${Math.random()}`;
    const noteId = await write(alice, reference, secret, "private");
    const history = await listIncidentHistory(bob, reference);
    expect(JSON.stringify(history)).not.toContain(noteId);
    expect(history.some((entry) => entry.action.startsWith("model.note_"))).toBe(false);
    // The author's own entry names the sections that changed, never their words.
    const own = await listIncidentHistory(alice, reference);
    const entry = own.find((candidate) => JSON.stringify(candidate.changes).includes(noteId));
    expect(entry?.action).toBe("model.note_created");
    expect(entry?.changes.sections?.to).toEqual(["What I noticed"]);
    expect(JSON.stringify(own)).not.toContain(secret);
  });

  it("refuses viewers (workspace role) and people who may not see the incident", async () => {
    const { reference } = world;
    const viewer = await makeUser("viewer", "Val Viewer");
    await expect(
      createNote(viewer, reference, {
        kind: "own",
        subjectId: null,
        visibility: "private",
        values: values("x"),
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const outsider = await makeUser("member", "Rita Restricted");
    const owner = await makeUser("member", "Olga Owner");
    const restricted = await makeIncident(owner, { visibility: "restricted" });
    await write(owner, restricted, "restricted incident note", "incident");
    await expect(listNotesForViewer(outsider, restricted)).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await apiNotes(outsider, restricted)).status).toBe(404);
  });
});

describe("interview notes", () => {
  async function interview(text: string) {
    const { facilitator, alice, reference } = world;
    const result = await createNote(facilitator, reference, {
      kind: "interview",
      subjectId: alice.id,
      visibility: "private",
      values: values(text),
    });
    if (result.status !== "saved") throw new Error(JSON.stringify(result));
    return result.noteId;
  }

  it("stays between the facilitator and the participant until confirmed, then may be shared", async () => {
    const { facilitator, otherFacilitator, alice, bob, reference } = world;
    const text = `interview-${Math.random()}`;
    const noteId = await interview(text);

    expect(JSON.stringify(await listNotesForViewer(facilitator, reference))).toContain(text);
    expect(JSON.stringify(await listNotesForViewer(alice, reference))).toContain(text);
    for (const other of [bob, otherFacilitator]) {
      expect(JSON.stringify(await listNotesForViewer(other, reference))).not.toContain(text);
      expect((await apiNotes(other, reference)).text).not.toContain(text);
      expect(JSON.stringify(await listNoteLanes(other, reference))).not.toContain(text);
    }

    // The server refuses to share it before the participant confirms it.
    await expect(
      setNoteVisibility(facilitator, reference, { noteId, visibility: "incident" }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    // Only the participant confirms; not the facilitator, not someone else.
    await expect(
      calibrateNote(facilitator, reference, { noteId, isRight: true }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(calibrateNote(bob, reference, { noteId, isRight: true })).rejects.toMatchObject({
      code: "not_found",
    });

    await calibrateNote(alice, reference, { noteId, isRight: true });
    await setNoteVisibility(facilitator, reference, { noteId, visibility: "incident" });
    for (const other of [bob, otherFacilitator]) {
      expect(JSON.stringify(await listNotesForViewer(other, reference))).toContain(text);
    }
    // It sits in Alice's lane: the notes are about what she knew.
    const lanes = await listNoteLanes(bob, reference);
    const lane = lanes.find((candidate) => candidate.notes.some((note) => note.id === noteId));
    expect(lane?.personId).toBe(alice.id);

    // Changing the words needs her confirmation again: the note goes back to private.
    const edited = await updateNote(facilitator, reference, {
      noteId,
      baseVersion: 1,
      values: values(`${text} corrected`),
    });
    expect(edited).toMatchObject({ status: "saved", version: 2 });
    expect(JSON.stringify(await listNotesForViewer(bob, reference))).not.toContain(text);
    const again = (await listNotesForViewer(alice, reference)).notes.find((n) => n.id === noteId);
    expect(again).toMatchObject({ calibratedAt: null, visibility: "private" });
  });

  it("'not quite' withdraws a confirmed, shared interview note", async () => {
    const { facilitator, alice, bob, reference } = world;
    const text = `not-quite-${Math.random()}`;
    const noteId = await interview(text);
    await calibrateNote(alice, reference, { noteId, isRight: true });
    await setNoteVisibility(facilitator, reference, { noteId, visibility: "incident" });
    expect(JSON.stringify(await listNotesForViewer(bob, reference))).toContain(text);
    await calibrateNote(alice, reference, { noteId, isRight: false });
    expect(JSON.stringify(await listNotesForViewer(bob, reference))).not.toContain(text);
  });

  it("is written by facilitators only, about a participant, and starts private", async () => {
    const { alice, bob, facilitator, reference } = world;
    await expect(
      createNote(alice, reference, {
        kind: "interview",
        subjectId: bob.id,
        visibility: "private",
        values: values("x"),
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const outsider = await makeUser("member", "Not On It");
    expect(
      await createNote(facilitator, reference, {
        kind: "interview",
        subjectId: outsider.id,
        visibility: "private",
        values: values("x"),
      }),
    ).toMatchObject({ status: "invalid", fieldErrors: { subjectId: expect.any(Array) } });
    expect(
      await createNote(facilitator, reference, {
        kind: "interview",
        subjectId: alice.id,
        visibility: "incident",
        values: values("x"),
      }),
    ).toMatchObject({ status: "invalid", fieldErrors: { visibility: expect.any(Array) } });
  });
});

describe("saving notes", () => {
  it("anchors to an event (taking its time) and answers a stale save with the newer values", async () => {
    const { alice, reference, eventId } = world;
    const created = await createNote(alice, reference, {
      kind: "own",
      subjectId: null,
      visibility: "private",
      values: values("at the alert", { anchorEventId: eventId, anchorTime: "" }),
    });
    if (created.status !== "saved") throw new Error(JSON.stringify(created));
    const note = (await listNotesForViewer(alice, reference)).notes.find(
      (candidate) => candidate.id === created.noteId,
    );
    expect(note).toMatchObject({
      anchorEventId: eventId,
      anchorTime: "2026-03-14T09:11:40.000Z",
      anchorEventMessage: "pool timeout alert",
    });

    const first = await updateNote(alice, reference, {
      noteId: created.noteId,
      baseVersion: 1,
      values: values("first edit", { anchorEventId: eventId }),
    });
    expect(first).toMatchObject({ status: "saved", version: 2 });
    const stale = await updateNote(alice, reference, {
      noteId: created.noteId,
      baseVersion: 1,
      values: values("second tab"),
    });
    expect(stale).toMatchObject({ status: "conflict", version: 2, updatedBy: "Alice Participant" });
    if (stale.status !== "conflict") return;
    expect(stale.theirs.sections.noticed).toContain("first edit");
  });

  it("says clearly what is missing, and saves nothing", async () => {
    const { alice, reference } = world;
    const before = (await listNotesForViewer(alice, reference)).notes.length;
    const empty = await createNote(alice, reference, {
      kind: "own",
      subjectId: null,
      visibility: "private",
      values: values("", { anchorTime: "not a time" }),
    });
    expect(empty).toMatchObject({
      status: "invalid",
      fieldErrors: { anchorTime: expect.any(Array), sections: expect.any(Array) },
    });
    const missingEvent = await createNote(alice, reference, {
      kind: "own",
      subjectId: null,
      visibility: "private",
      values: values("x", { anchorEventId: "no-such-event" }),
    });
    expect(missingEvent).toMatchObject({
      status: "invalid",
      fieldErrors: { anchorEventId: expect.any(Array) },
    });
    expect((await listNotesForViewer(alice, reference)).notes.length).toBe(before);
  });

  it("keeps the learned-later mark and drops unknown marks and nodes", async () => {
    const { alice, reference } = world;
    const section = JSON.stringify({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "the pool was too small", marks: [{ type: "learnedLater" }] },
            { type: "text", text: " evil", marks: [{ type: "script" }] },
            { type: "image", attrs: { src: "javascript:alert(1)" } },
          ],
        },
      ],
    });
    const created = await createNote(alice, reference, {
      kind: "own",
      subjectId: null,
      visibility: "private",
      values: values("", {
        sections: { noticed: "", thought: section, did: "", unknown: "", surprised: "" },
        learnedLater: true,
      }),
    });
    if (created.status !== "saved") throw new Error(JSON.stringify(created));
    const note = (await listNotesForViewer(alice, reference)).notes.find(
      (candidate) => candidate.id === created.noteId,
    );
    expect(note?.learnedLater).toBe(true);
    expect(note?.sections.thought).toContain('"learnedLater"');
    expect(note?.sections.thought).not.toContain("script");
    expect(note?.sections.thought).not.toContain("javascript");
  });

  it("leaves deleted notes out of every list", async () => {
    const { alice, bob, reference } = world;
    const text = `deleted-${Math.random()}`;
    const noteId = await write(alice, reference, text, "incident");
    await deleteNote(alice, reference, { noteId });
    for (const reader of [alice, bob])
      expect(JSON.stringify(await listNotesForViewer(reader, reference))).not.toContain(text);
    // The timeline itself is untouched by notes.
    expect((await listTimelineEvents(alice, reference, {}, { offset: 0, limit: 10 })).total).toBe(
      1,
    );
  });
});
