// The visibility rule exists twice, as a check on one note (canSeeNote) and as a query
// filter (visibleNoteWhere): on generated notes in a real SQLite database they must agree.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { canSeeNote, MODEL_VISIBILITIES, visibleNoteWhere } from "@/lib/mental-models/visibility";
import { makeIncident, makeUser } from "./factories";

let people: string[] = [];

beforeAll(async () => {
  const users = await Promise.all([makeUser(), makeUser(), makeUser()]);
  people = users.map((user) => user.id);
});

const person = fc.integer({ min: 0, max: 2 });
const generatedNote = fc.record({
  author: person,
  subject: person,
  kind: fc.constantFrom("own", "interview"),
  visibility: fc.constantFrom(...MODEL_VISIBILITIES),
  isCalibrated: fc.boolean(),
  isDeleted: fc.boolean(),
});

describe("visibleNoteWhere and canSeeNote", () => {
  it("agree on generated notes and viewers", async () => {
    const owner = await makeUser();
    await fc.assert(
      fc.asyncProperty(
        fc.array(generatedNote, { minLength: 1, maxLength: 8 }),
        person,
        fc.boolean(),
        async (notes, viewerIndex, isFacilitator) => {
          const reference = await makeIncident(owner);
          const incident = await db.incident.findFirstOrThrow({
            where: { number: Number(reference.replace(/\D/g, "")) },
            select: { id: true },
          });
          const rows = await Promise.all(
            notes.map((note) =>
              db.modelNote.create({
                data: {
                  incidentId: incident.id,
                  authorId: people[note.author] ?? "",
                  subjectId: people[note.kind === "own" ? note.author : note.subject] ?? "",
                  kind: note.kind,
                  visibility: note.visibility,
                  calibratedAt: note.isCalibrated ? new Date() : null,
                  deletedAt: note.isDeleted ? new Date() : null,
                  anchorTime: new Date("2026-03-14T09:00:00Z"),
                },
              }),
            ),
          );
          const viewer = { userId: people[viewerIndex] ?? "", isFacilitator };
          const queried = await db.modelNote.findMany({
            where: { AND: [{ incidentId: incident.id }, visibleNoteWhere(viewer)] },
            select: { id: true },
          });
          const expected = rows
            .filter((row) => row.deletedAt === null && canSeeNote(viewer, row))
            .map((row) => row.id)
            .sort();
          expect(queried.map((row) => row.id).sort()).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});
