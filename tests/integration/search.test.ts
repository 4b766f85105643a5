// Full-text search against a real database, with two members: what one may not see (a
// restricted incident, a private note) is absent from the other's results, snippets and
// facet counts, and the triggers keep the index in step with every kind of write.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createNote } from "@/lib/mental-models/notes/create-note";
import { searchIncidents } from "@/lib/search/search-incidents";
import { searchBackend } from "@/lib/search/search-incidents";
import { createManualEvent } from "@/lib/timeline/create-manual-event";
import { makeIncident, makeUser } from "./factories";

// A word no other test file or incident uses, so counts are exact.
const word = () => `zq${randomUUID().replaceAll("-", "").slice(0, 10)}`;

const doc = (text: string) =>
  JSON.stringify({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });

async function addEvent(user: SessionUser, reference: string, message: string) {
  const result = await createManualEvent(user, reference, {
    values: {
      time: "2026-03-14T09:11:40Z",
      message,
      service: "payments-api",
      keyMoment: "detection",
      keyMomentNote: "",
    },
  });
  if (result.status !== "saved") throw new Error(JSON.stringify(result));
  return result.eventId;
}

let owner: SessionUser;
let other: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  owner = await makeUser("member", "Olive Owner");
  other = await makeUser("member", "Oscar Other");
  admin = await makeUser("admin", "Ada Admin");
});

describe("searchIncidents", () => {
  it("finds an incident by a phrase in one of its events, with a highlighted snippet", async () => {
    const marker = word();
    const reference = await makeIncident(owner, { title: "Checkout slowness" });
    const eventId = await addEvent(owner, reference, `ledger pool ${marker} exhausted at peak`);
    const answer = await searchIncidents(other, `"pool ${marker}"`);
    expect(answer.total).toBe(1);
    const hit = answer.hits[0];
    expect(hit?.reference).toBe(reference);
    expect(hit?.matches[0]).toMatchObject({ field: "event", eventId });
    expect(hit?.matches[0]?.snippet).toMatch(
      new RegExp(`\u0002[^\u0003]*${marker}[^\u0003]*\u0003`),
    );
  });

  it("matches every term anywhere in the incident, and excludes", async () => {
    const [a, b, c] = [word(), word(), word()];
    const first = await makeIncident(owner, { title: `${a} outage`, contributingFactors: [b] });
    const second = await makeIncident(owner, { title: `${a} outage`, summary: c });
    expect((await searchIncidents(other, `${a} ${b}`)).hits.map((h) => h.reference)).toEqual([
      first,
    ]);
    expect((await searchIncidents(other, `${a} -${c}`)).hits.map((h) => h.reference)).toEqual([
      first,
    ]);
    expect((await searchIncidents(other, `${a.slice(0, 8)}*`)).total).toBe(2);
    expect((await searchIncidents(other, `${a} severity:SEV1`)).total).toBe(0);
    expect(second).not.toBe(first);
  });

  it("keeps restricted incidents out of results, snippets and facet counts", async () => {
    const marker = word();
    const tag = word();
    await makeIncident(owner, { title: `${marker} open`, tags: [tag], severity: "SEV2" });
    const hidden = await makeIncident(owner, {
      title: `${marker} secret`,
      tags: [tag],
      severity: "SEV1",
      visibility: "restricted",
      participants: [{ userId: owner.id, role: "facilitator" }],
    });
    await addEvent(owner, hidden, `${marker} in a restricted timeline`);
    const theirs = await searchIncidents(other, marker);
    expect(theirs.total).toBe(1);
    expect(JSON.stringify(theirs)).not.toContain("secret");
    expect(JSON.stringify(theirs)).not.toContain(hidden);
    expect(theirs.facets.tag.find((facet) => facet.value === tag)?.count).toBe(1);
    expect(theirs.facets.severity.map((facet) => facet.value)).toEqual(["SEV2"]);
    expect(theirs.facets.moment).toEqual([]);
    expect((await searchIncidents(other, `tag:${tag}`)).total).toBe(1);

    const mine = await searchIncidents(owner, marker);
    expect(mine.total).toBe(2);
    expect(mine.facets.tag.find((facet) => facet.value === tag)?.count).toBe(2);
    expect(mine.facets.moment).toEqual([{ value: "detection", label: "detection", count: 1 }]);
    expect((await searchIncidents(admin, marker)).total).toBe(2);
  });

  it("never matches a private note for anyone else, and finds shared ones", async () => {
    const [secret, shared] = [word(), word()];
    const reference = await makeIncident(owner, {
      participants: [
        { userId: owner.id, role: "facilitator" },
        { userId: other.id, role: "participant" },
      ],
    });
    for (const [text, visibility] of [
      [secret, "private"],
      [shared, "incident"],
    ] as const) {
      const result = await createNote(owner, reference, {
        kind: "own",
        subjectId: null,
        visibility,
        values: {
          anchorEventId: null,
          anchorTime: "2026-03-14T09:12",
          timeZone: "UTC",
          sections: {
            noticed: doc(`we saw ${text}`),
            thought: "",
            did: "",
            unknown: "",
            surprised: "",
          },
          learnedLater: false,
        },
      });
      if (result.status !== "saved") throw new Error(JSON.stringify(result));
    }
    expect((await searchIncidents(other, secret)).total).toBe(0);
    expect((await searchIncidents(admin, secret)).total).toBe(0);
    expect((await searchIncidents(owner, secret)).total).toBe(1);
    const sharedAnswer = await searchIncidents(other, shared);
    expect(sharedAnswer.total).toBe(1);
    expect(sharedAnswer.hits[0]?.matches[0]).toMatchObject({ field: "note" });
    // Excluding a word of someone's private note must not reveal it either.
    expect((await searchIncidents(other, `${shared} -${secret}`)).total).toBe(1);
  });

  it("follows edits and deletes, and rebuilds the same index", async () => {
    const [before, after] = [word(), word()];
    const reference = await makeIncident(owner, { title: before });
    const number = Number(reference.slice(4));
    await db.incident.update({ where: { number }, data: { title: after } });
    expect((await searchIncidents(other, before)).total).toBe(0);
    expect((await searchIncidents(other, after)).total).toBe(1);
    const report = await searchBackend().reindex();
    expect(report.rows).toBeGreaterThan(0);
    expect((await searchIncidents(other, after)).total).toBe(1);
    await db.incident.delete({ where: { number } });
    expect((await searchIncidents(other, after)).total).toBe(0);
  });

  it("filters by dates and months of the start, and counts months", async () => {
    const marker = word();
    await makeIncident(owner, { title: `${marker} march`, startedAt: "2026-03-14T09:00" });
    await makeIncident(owner, { title: `${marker} may`, startedAt: "2026-05-02T10:00" });
    const all = await searchIncidents(other, marker);
    expect(all.facets.month).toEqual([
      { value: "2026-05", label: "2026-05", count: 1 },
      { value: "2026-03", label: "2026-03", count: 1 },
    ]);
    const titles = async (text: string) =>
      (await searchIncidents(other, text)).hits.map((hit) => hit.title);
    expect(await titles(`${marker} after:2026-03-14`)).toEqual([`${marker} may`]);
    expect(await titles(`${marker} after:2026-03-13`)).toHaveLength(2);
    expect(await titles(`${marker} before:2026-04`)).toEqual([`${marker} march`]);
    expect(await titles(`${marker} month:2026-05`)).toEqual([`${marker} may`]);
    // The creator takes part in what they create; nobody else was added.
    expect(await titles(`${marker} participant:${owner.email}`)).toHaveLength(2);
    expect(await titles(`${marker} participant:"Oscar Other"`)).toEqual([]);
  });

  it("answers malformed queries with hints instead of errors", async () => {
    for (const text of ['"unclosed', "-", "NEAR(", "^", "a:b", "after:notadate", '""', "*"]) {
      const answer = await searchIncidents(other, text);
      expect(answer.total).toBeGreaterThanOrEqual(0);
    }
    expect((await searchIncidents(other, "after:notadate")).hints[0]).toMatch(/YYYY-MM-DD/);
  });
  it("highlights what a prefix matched, in each hit's own rows", async () => {
    const stem = word();
    const first = await makeIncident(owner, { title: "Queue backlog" });
    await addEvent(owner, first, `${stem}alpha lag on the replica`);
    const second = await makeIncident(owner, { title: `${stem}beta outage` });
    const answer = await searchIncidents(other, `${stem}*`);
    expect(answer.hits.map((hit) => hit.reference).sort()).toEqual([first, second].sort());
    const byReference = new Map(answer.hits.map((hit) => [hit.reference, hit.matches]));
    expect(byReference.get(first)?.[0]).toMatchObject({ field: "event" });
    expect(byReference.get(first)?.[0]?.snippet).toContain(`\u0002${stem}alpha\u0003`);
    expect(byReference.get(second)?.[0]).toMatchObject({ field: "title" });
    expect(byReference.get(second)?.[0]?.snippet).toContain(`\u0002${stem}beta\u0003`);
  });

  it("answers a repeated search anew after any write", async () => {
    const marker = word();
    const reference = await makeIncident(owner, { title: `${marker} first` });
    expect((await searchIncidents(other, marker)).total).toBe(1);
    expect((await searchIncidents(other, marker)).total).toBe(1);
    await makeIncident(owner, { title: `${marker} second` });
    expect((await searchIncidents(other, marker)).total).toBe(2);
    await db.incident.update({
      where: { number: Number(reference.replace(/\D/g, "")) },
      data: { visibility: "restricted" },
    });
    expect((await searchIncidents(other, marker)).total).toBe(1);
  });
});
