// A search while writes keep marking the index stale (an import running in another incident)
// still answers: when a reader thread never finds the index fresh, the search runs on the
// app's own connection instead of failing with a 500.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { makeIncident, makeUser } from "./factories";

// Every reader-thread read finds rows to rebuild, as under a stream of writes.
const readerCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/search/sqlite/search-readers", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/search/sqlite/search-readers")>();
  return {
    ...original,
    readOneValue: () => {
      readerCalls.count += 1;
      return Promise.reject(new original.StaleIndexError());
    },
  };
});
const { searchIncidents } = await import("@/lib/search/search-incidents");

describe("search while the index keeps going stale", () => {
  it("answers from the app's connection after a few tries", async () => {
    const owner = await makeUser("member", "Busy Index");
    const marker = `zq${randomUUID().replaceAll("-", "").slice(0, 10)}`;
    const reference = await makeIncident(owner, { title: `Replica ${marker} lag` });
    const answer = await searchIncidents(owner, marker);
    expect(readerCalls.count).toBeGreaterThan(0);
    expect(answer).toMatchObject({ total: 1 });
    expect(JSON.stringify(answer)).toContain(reference);
  });
});
