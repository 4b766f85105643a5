// Co-editing participants' notes through the real endpoint: who may open a note's shared
// document and who may write in it, that each section lands in the note as it is typed,
// and that words typed into a confirmed interview note by anyone but its participant need
// their confirmation again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { noteDocumentName } from "@/lib/collab/document-name";
import { db } from "@/lib/db";
import { calibrateNote } from "@/lib/mental-models/notes/calibrate-note";
import { createNote } from "@/lib/mental-models/notes/create-note";
import { noteSectionText, parseNoteSections } from "@/lib/mental-models/notes/note-sections";
import { setNoteVisibility } from "@/lib/mental-models/notes/set-note-visibility";
import {
  connectTo,
  cookieOf,
  startCollabHarness,
  until,
  type CollabHarness,
} from "./collab-harness";
import { makeIncident, makeUser } from "./factories";

let harness: CollabHarness;
beforeAll(async () => {
  harness = await startCollabHarness();
});
afterAll(() => harness.close());

const doc = (text: string) =>
  JSON.stringify({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });

async function world() {
  const facilitator = await makeUser("member", "Fran Facilitator");
  const participant = await makeUser("member", "Pat Participant");
  const colleague = await makeUser("member", "Cole Colleague");
  const viewer = await makeUser("viewer", "Vic Viewer");
  const reference = await makeIncident(facilitator, {
    participants: [
      { userId: facilitator.id, role: "facilitator" },
      { userId: participant.id, role: "participant" },
    ],
  });
  const incidentId = await findVisibleIncidentId(facilitator, reference);
  return { facilitator, participant, colleague, viewer, reference, incidentId };
}

async function interviewNote(w: Awaited<ReturnType<typeof world>>, text: string) {
  const result = await createNote(w.facilitator, w.reference, {
    kind: "interview",
    subjectId: w.participant.id,
    visibility: "private",
    values: {
      anchorEventId: null,
      anchorTime: "2026-03-14T09:12",
      timeZone: "UTC",
      sections: { noticed: doc(text), thought: "", did: "", unknown: "", surprised: "" },
      learnedLater: false,
    },
  });
  if (result.status !== "saved") throw new Error(JSON.stringify(result));
  return result.noteId;
}

const connect = async (user: SessionUser, name: string) =>
  connectTo(harness.baseUrl, name, await cookieOf(user));

// Appends text at the end of a section's first paragraph, creating it when empty.
function typeInto(document: Y.Doc, section: string, text: string) {
  const fragment = document.getXmlFragment(section);
  if (fragment.length === 0) {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.insert(0, [paragraph]);
    return;
  }
  const paragraph = fragment.get(0) as Y.XmlElement;
  const textNode = paragraph.get(0) as Y.XmlText;
  textNode.insert(textNode.length, text);
}

async function storedSections(noteId: string) {
  const note = await db.modelNote.findUniqueOrThrow({ where: { id: noteId } });
  return parseNoteSections(note.sections);
}

describe("co-editing a note", () => {
  it("lets the author and the interview's participant write, and refuses everyone else", async () => {
    const w = await world();
    const noteId = await interviewNote(w, "Saw the alert");
    const name = noteDocumentName(w.incidentId, noteId);

    for (const [user, expected] of [
      [w.facilitator, { kind: "authenticated", scope: "read-write" }],
      [w.participant, { kind: "authenticated", scope: "read-write" }],
    ] as const) {
      const attempt = await connect(user, name);
      expect(await attempt.outcome).toEqual(expected);
      attempt.client.destroy();
    }
    // A private interview note is not there at all for anyone else.
    const outsider = await connect(w.colleague, name);
    expect(await outsider.outcome).toMatchObject({ kind: "refused" });
    outsider.client.destroy();
    // A note of another incident under this incident's name is no document either.
    const other = await makeIncident(w.colleague);
    const elsewhere = noteDocumentName(await findVisibleIncidentId(w.colleague, other), noteId);
    const wrongIncident = await connect(w.colleague, elsewhere);
    expect(await wrongIncident.outcome).toMatchObject({ kind: "refused" });
    wrongIncident.client.destroy();
  });

  it("gives everyone else who may read the note a read-only view", async () => {
    const w = await world();
    const noteId = await interviewNote(w, "Saw the alert");
    await calibrateNote(w.participant, w.reference, { noteId, isRight: true });
    await setNoteVisibility(w.facilitator, w.reference, { noteId, visibility: "incident" });
    const name = noteDocumentName(w.incidentId, noteId);
    for (const user of [w.colleague, w.viewer]) {
      const reading = await connect(user, name);
      expect(await reading.outcome).toEqual({ kind: "authenticated", scope: "readonly" });
      await until(() => reading.client.provider.isSynced);
      expect(reading.client.document.getXmlFragment("noticed").toString()).toContain(
        "Saw the alert",
      );
      reading.client.destroy();
    }
  });

  it("merges two writers' sections and stores them with one history entry each", async () => {
    const w = await world();
    const noteId = await interviewNote(w, "Saw the alert");
    const name = noteDocumentName(w.incidentId, noteId);
    const author = await connect(w.facilitator, name);
    const subject = await connect(w.participant, name);
    await until(() => author.client.provider.isSynced && subject.client.provider.isSynced);
    typeInto(author.client.document, "noticed", " at 09:12");
    typeInto(subject.client.document, "thought", "A deploy had gone wrong");
    await until(async () => {
      const sections = await storedSections(noteId);
      return (
        noteSectionText(sections.noticed) === "Saw the alert at 09:12" &&
        noteSectionText(sections.thought) === "A deploy had gone wrong"
      );
    });
    // The version guards the form's fields only: typing never makes the form conflict.
    const note = await db.modelNote.findUniqueOrThrow({ where: { id: noteId } });
    expect(note.version).toBe(1);
    const entries = await db.auditEntry.findMany({
      where: { incidentId: w.incidentId, action: "model.note_updated" },
    });
    expect(new Set(entries.map((entry) => entry.actorId))).toEqual(
      new Set([w.facilitator.id, w.participant.id]),
    );
    // The history names sections, never the words.
    expect(entries.map((entry) => entry.changes).join(" ")).not.toContain("deploy");
    author.client.destroy();
    subject.client.destroy();
  });

  it("takes a confirmed interview note back to private when the author changes its words", async () => {
    const w = await world();
    const noteId = await interviewNote(w, "Saw the alert");
    await calibrateNote(w.participant, w.reference, { noteId, isRight: true });
    await setNoteVisibility(w.facilitator, w.reference, { noteId, visibility: "incident" });
    const name = noteDocumentName(w.incidentId, noteId);

    // The participant's own corrections keep their confirmation.
    const subject = await connect(w.participant, name);
    await until(() => subject.client.provider.isSynced);
    typeInto(subject.client.document, "noticed", " on my phone");
    await until(async () =>
      noteSectionText((await storedSections(noteId)).noticed).endsWith("on my phone"),
    );
    let note = await db.modelNote.findUniqueOrThrow({ where: { id: noteId } });
    expect(note.calibratedAt).not.toBeNull();
    expect(note.visibility).toBe("incident");
    subject.client.destroy();

    const author = await connect(w.facilitator, name);
    await until(() => author.client.provider.isSynced);
    typeInto(author.client.document, "did", "Rolled back");
    await until(async () => noteSectionText((await storedSections(noteId)).did) === "Rolled back");
    note = await db.modelNote.findUniqueOrThrow({ where: { id: noteId } });
    expect(note.calibratedAt).toBeNull();
    expect(note.visibility).toBe("private");
    author.client.destroy();
  });
});
