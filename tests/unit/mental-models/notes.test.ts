import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeChanges } from "@/lib/incidents/describe-history";
import { noteChanges } from "@/lib/mental-models/notes/note-changes";
import { notesForRow, notesToLanes } from "@/lib/mental-models/notes/note-lanes";
import { noteValuesSchema } from "@/lib/mental-models/notes/note-input";
import {
  emptyNoteSections,
  hasLearnedLaterParts,
  noteExcerpt,
  parseNoteSections,
} from "@/lib/mental-models/notes/note-sections";
import type { NoteView } from "@/lib/mental-models/notes/note-view";
import { canSeeNote } from "@/lib/mental-models/visibility";

const doc = (text: string, marks?: { type: string }[]) =>
  JSON.stringify({
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text, ...(marks ? { marks } : {}) }] },
    ],
  });

describe("canSeeNote", () => {
  const author = { userId: "a", isFacilitator: false };
  const subject = { userId: "s", isFacilitator: false };
  const participant = { userId: "p", isFacilitator: false };
  const facilitator = { userId: "f", isFacilitator: true };
  const own = (visibility: string) => ({
    authorId: "a",
    subjectId: "a",
    kind: "own",
    visibility,
    calibratedAt: null,
  });
  const interview = (visibility: string, calibratedAt: Date | null) => ({
    authorId: "a",
    subjectId: "s",
    kind: "interview",
    visibility,
    calibratedAt,
  });

  it.each([
    ["own private: author", author, own("private"), true],
    ["own private: facilitator", facilitator, own("private"), false],
    ["own private: participant", participant, own("private"), false],
    ["own facilitators: facilitator", facilitator, own("facilitators"), true],
    ["own facilitators: participant", participant, own("facilitators"), false],
    ["own incident: participant", participant, own("incident"), true],
    ["interview unconfirmed: subject", subject, interview("private", null), true],
    [
      "interview unconfirmed, marked incident: participant",
      participant,
      interview("incident", null),
      false,
    ],
    [
      "interview unconfirmed, marked facilitators: facilitator",
      facilitator,
      interview("facilitators", null),
      false,
    ],
    [
      "interview confirmed, incident: participant",
      participant,
      interview("incident", new Date()),
      true,
    ],
    [
      "interview confirmed, private: facilitator",
      facilitator,
      interview("private", new Date()),
      false,
    ],
  ])("%s", (_name, viewer, note, expected) => {
    expect(canSeeNote(viewer, note)).toBe(expected);
  });
});

describe("note sections", () => {
  it("reads stored sections defensively and finds learned-later parts", () => {
    const sections = parseNoteSections(
      JSON.stringify({
        noticed: doc("the graph went flat"),
        thought: doc("it was the cache", [{ type: "learnedLater" }]),
        did: "not json",
        extra: doc("dropped"),
      }),
    );
    expect(sections.did).toBe("");
    expect(Object.keys(sections)).toEqual(["noticed", "thought", "did", "unknown", "surprised"]);
    expect(noteExcerpt(sections)).toBe("the graph went flat");
    expect(hasLearnedLaterParts(sections)).toBe(true);
    expect(parseNoteSections("{")).toEqual(emptyNoteSections());
  });

  it("asks for an anchor and some words, in words people read", () => {
    const result = noteValuesSchema.safeParse({
      anchorEventId: null,
      anchorTime: "2026-02-30T09:00",
      timeZone: "UTC",
      sections: emptyNoteSections(),
      learnedLater: false,
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain(
      "Choose the moment this note is about: an event, or a date and time.",
    );
    expect(messages).toContain("Write something in at least one section.");
  });
});

describe("timeline lanes", () => {
  const at = (minute: number) => `2026-03-14T09:${String(minute).padStart(2, "0")}:00.000Z`;

  it("places every note on exactly one row, in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 59 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 59 }), { maxLength: 20 }),
        (rowMinutes, noteMinutes) => {
          const rows = [...rowMinutes].sort((a, b) => a - b).map(at);
          const notes = [...noteMinutes]
            .sort((a, b) => a - b)
            .map((minute, index) => ({ id: String(index), anchorTime: at(minute) }));
          const placed = rows.flatMap((row, index) =>
            notesForRow(
              notes,
              index === 0 ? null : (rows[index - 1] ?? null),
              row,
              index === rows.length - 1,
            ),
          );
          expect(placed.map((note) => note.id)).toEqual(notes.map((note) => note.id));
        },
      ),
    );
  });

  it("puts a note anchored to an event's time on that event's row", () => {
    const notes = [{ id: "n", anchorTime: at(12) }];
    expect(notesForRow(notes, at(10), at(12), false)).toHaveLength(1);
    expect(notesForRow(notes, at(12), at(14), false)).toHaveLength(0);
  });

  it("gives one lane per person the notes are about, the viewer's first", () => {
    const note = (id: string, subjectId: string, subjectName: string) =>
      ({
        id,
        kind: "own",
        subjectId,
        subjectName,
        anchorTime: at(1),
        sections: { ...emptyNoteSections(), noticed: doc(id) },
        visibility: "incident",
        learnedLater: false,
      }) as NoteView;
    const lanes = notesToLanes(
      [note("1", "z", "Zoe"), note("2", "b", "Bea"), note("3", "z", "Zoe")],
      "z",
    );
    expect(lanes.map((lane) => [lane.personName, lane.notes.length, lane.isMe])).toEqual([
      ["Zoe", 2, true],
      ["Bea", 1, false],
    ]);
  });
});

describe("note entries in the history", () => {
  it("read as sections and moments, never ids or words", () => {
    const rows = describeChanges(
      "model.note_updated",
      noteChanges(
        {
          anchorEventId: null,
          anchorTime: "2026-03-14T09:10:00.000Z",
          sections: { ...emptyNoteSections(), noticed: doc("old words") },
          learnedLater: false,
        },
        {
          anchorEventId: null,
          anchorTime: "2026-03-14T09:12:00.000Z",
          sections: { ...emptyNoteSections(), noticed: doc("new words"), did: doc("more") },
          learnedLater: true,
        },
      ),
      { nameOf: () => "", formatTime: (iso) => `at ${iso.slice(11, 16)}`, eventOf: () => null },
    );
    expect(rows).toEqual([
      {
        label: "Sections",
        from: null,
        to: "• What I noticed\n• What I did, and why it made sense then",
      },
      { label: "Moment", from: "at 09:10", to: "at 09:12" },
      { label: "Learned later", from: "No", to: "Yes" },
    ]);
    expect(JSON.stringify(rows)).not.toContain("words");
  });
});
