import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseTimelineQuery } from "@/lib/timeline/timeline-query";

function messageFor(query: string): string {
  try {
    parseTimelineQuery(new URLSearchParams(query));
  } catch (error) {
    if (error instanceof AppError && error.code === "invalid_input") return error.userMessage;
    throw error;
  }
  throw new Error(`${query} was accepted`);
}

describe("parseTimelineQuery", () => {
  it("reads a window and a filter", () => {
    const query = parseTimelineQuery(new URLSearchParams("offset=400&limit=100&level=error&q=db"));
    expect(query).toEqual({
      filter: { level: "error", text: "db" },
      at: null,
      offset: 400,
      limit: 100,
    });
  });

  it("reads an instant to jump to", () => {
    const query = parseTimelineQuery(new URLSearchParams("at=2026-03-14T09:20:00.000Z"));
    expect(query.at?.toISOString()).toBe("2026-03-14T09:20:00.000Z");
  });

  it.each([
    ["at=99999-01-01", /"at" is not a time/],
    ["at=2026-13-45T99:99", /"at" is not a time/],
    ["at=", /"at" is not a time/],
    ["offset=-1", /"offset" must be a whole number/],
    ["offset=1.5", /"offset" must be a whole number/],
    ["limit=0", /"limit" must be a whole number from 1 to 500/],
    ["limit=100000", /"limit" must be a whole number from 1 to 500/],
    ["limit=ten", /"limit"/],
    ["keyMoment=bogus", /filter "keyMoment" is not valid/],
    [`q=${"x".repeat(501)}`, /filter "text" is not valid/],
  ])("%s → 400 with a message", (query, message) => {
    expect(messageFor(query)).toMatch(message);
  });
});
