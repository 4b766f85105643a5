import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeAgendaTiming,
  describeMinutes,
  describeOverrun,
  formatClock,
  type TimedAgendaItem,
} from "@/lib/meetings/agenda-timer";

const T0 = Date.parse("2026-12-05T10:00:00.000Z");
const at = (minutes: number, seconds = 0) =>
  new Date(T0 + minutes * 60_000 + seconds * 1000).toISOString();
const item = (
  id: string,
  minutes: number,
  startedAt: string | null = null,
  endedAt: string | null = null,
): TimedAgendaItem => ({ id, title: id, minutes, startedAt, endedAt });

describe("computeAgendaTiming", () => {
  it("shows nothing elapsed before the agenda begins", () => {
    const timing = computeAgendaTiming([item("intro", 5), item("walk", 35)], T0);
    expect(timing.current).toBeNull();
    expect(timing.elapsedMs).toBe(0);
    expect(timing.plannedMs).toBe(40 * 60_000);
    expect(timing.items.map((entry) => entry.state)).toEqual(["upcoming", "upcoming"]);
  });

  it("times the current item from its server start, and the done ones from start to end", () => {
    const items = [item("intro", 5, at(0), at(4)), item("walk", 35, at(4)), item("wrap", 5)];
    const timing = computeAgendaTiming(items, Date.parse(at(10, 30)));
    expect(timing.items.map((entry) => entry.state)).toEqual(["done", "current", "upcoming"]);
    expect(timing.items[0]!.elapsedMs).toBe(4 * 60_000);
    expect(timing.current?.id).toBe("walk");
    expect(timing.current?.elapsedMs).toBe(6 * 60_000 + 30_000);
    expect(timing.current?.overMs).toBe(0);
    expect(timing.elapsedMs).toBe(10 * 60_000 + 30_000);
  });

  it("measures overrun past the time box, per item and overall", () => {
    const items = [item("intro", 5, at(0), at(8)), item("walk", 2, at(8))];
    const timing = computeAgendaTiming(items, Date.parse(at(13)));
    expect(timing.items[0]!.overMs).toBe(3 * 60_000);
    expect(timing.current?.overMs).toBe(3 * 60_000);
    expect(timing.overMs).toBe(6 * 60_000);
  });

  it("stops the overall clock at the last end once nothing runs", () => {
    const items = [item("intro", 5, at(0), at(5)), item("walk", 35, at(5), at(30))];
    expect(computeAgendaTiming(items, Date.parse(at(90))).elapsedMs).toBe(30 * 60_000);
  });

  it("never shows negative time when the browser's clock is behind the server's", () => {
    const timing = computeAgendaTiming([item("intro", 5, at(1))], T0);
    expect(timing.current?.elapsedMs).toBe(0);
    expect(timing.elapsedMs).toBe(0);
  });

  it("gives every client the same numbers for the same timestamps (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 120 })), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 0, max: 600 }),
        (spans, extra) => {
          let cursor = 0;
          const items = spans.map(([minutes, took], index) => {
            const start = cursor;
            cursor += took;
            return item(
              `i${index}`,
              minutes,
              at(start),
              index < spans.length - 1 ? at(cursor) : null,
            );
          });
          const now = Date.parse(at(cursor + extra));
          const timing = computeAgendaTiming(items, now);
          expect(computeAgendaTiming(items, now)).toEqual(timing);
          for (const entry of timing.items) {
            expect(entry.overMs).toBe(Math.max(0, entry.elapsedMs - entry.plannedMs));
            expect(entry.elapsedMs).toBeGreaterThanOrEqual(0);
          }
          expect(timing.elapsedMs).toBe((cursor + extra) * 60_000);
        },
      ),
    );
  });
});

describe("describeOverrun", () => {
  it.each([
    [0, null],
    [-5_000, null],
    [30_000, "just over time"],
    [3 * 60_000 + 59_000, "3 min over"],
    [61 * 60_000, "61 min over"],
  ])("%i ms → %s", (ms, text) => {
    expect(describeOverrun(ms)).toBe(text);
  });
});

describe("formatClock and describeMinutes", () => {
  it("reads like a clock", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(65_000)).toBe("1:05");
    expect(formatClock(3_725_000)).toBe("1:02:05");
    expect(formatClock(-10)).toBe("0:00");
  });
  it("rounds recorded durations to minutes", () => {
    expect(describeMinutes(20_000)).toBe("under a minute");
    expect(describeMinutes(12 * 60_000 + 40_000)).toBe("13 min");
  });
});
