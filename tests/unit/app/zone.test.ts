import { describe, expect, it } from "vitest";
import {
  formatInstant,
  fromDateInput,
  fromDateTimeLocal,
  safeZone,
  toDateTimeLocal,
} from "@/lib/time/zone";

describe("wall-clock conversion in a zone", () => {
  it.each([
    ["UTC", "2026-03-14T09:10", "2026-03-14T09:10:00.000Z"],
    ["Europe/Berlin", "2026-03-14T10:10", "2026-03-14T09:10:00.000Z"],
    ["America/New_York", "2026-07-01T05:00", "2026-07-01T09:00:00.000Z"],
    // The night clocks go back in Berlin, 02:30 happens twice; the later (standard-time) one is used.
    ["Europe/Berlin", "2026-10-25T02:30", "2026-10-25T01:30:00.000Z"],
  ])("%s %s is %s", (zone, local, utc) => {
    expect(fromDateTimeLocal(local, zone)?.toISOString()).toBe(utc);
    expect(toDateTimeLocal(new Date(utc), zone)).toBe(local);
  });

  it("treats empty as no instant and nonsense as invalid", () => {
    expect(fromDateTimeLocal("", "UTC")).toBeNull();
    expect(fromDateTimeLocal("2026-13-45T99:00", "UTC")).toBeUndefined();
    expect(fromDateInput("2026-02-30")).toBeUndefined();
    expect(fromDateInput("2026-04-01")?.toISOString()).toBe("2026-04-01T00:00:00.000Z");
  });

  it("falls back to UTC for unknown zones and always shows the date", () => {
    expect(safeZone("Mars/Olympus")).toBe("UTC");
    expect(formatInstant(new Date("2026-03-14T09:10:00Z"), "Europe/Berlin")).toBe(
      "14 Mar 2026, 10:10 GMT+1",
    );
  });
});
