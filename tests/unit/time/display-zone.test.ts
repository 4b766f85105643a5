import { describe, expect, it } from "vitest";
import {
  formatFullTime,
  parseJumpTime,
  formatJumpTime,
  resolveDisplayZone,
  wallClock,
} from "@/lib/time/display-zone";
import {
  csvHead,
  csvLine,
  markdownLine,
  type ExportRow,
} from "@/lib/timeline/format-timeline-export";

const context = { viewerZone: "America/New_York", incidentZone: "Europe/Paris" };

describe("resolveDisplayZone", () => {
  it.each([
    ["utc", context, "UTC", null],
    ["own", context, "America/New_York", null],
    ["incident", context, "Europe/Paris", null],
    ["incident", { ...context, incidentZone: null }, "UTC", "no time zone"],
    ["own", { ...context, viewerZone: "Not/AZone" }, "UTC", null],
  ] as const)("%s → its zone", (choice, given, zone, note) => {
    const display = resolveDisplayZone(choice, given);
    expect(display.zone).toBe(zone);
    expect(display.label).toBe(zone);
    if (note) expect(display.fallbackNote).toContain(note);
    else expect(display.fallbackNote).toBeNull();
  });
});

describe("times in a zone", () => {
  it("splits an instant into the day, minute and seconds of the zone", () => {
    expect(wallClock("2026-03-14T23:24:05.123Z", "Europe/Paris")).toEqual({
      day: "2026-03-15",
      dayLabel: "Sun 15 Mar 2026",
      minute: "00:24",
      seconds: "05.123",
      abbreviation: "GMT+1",
    });
    expect(wallClock("2026-03-14T23:24:05.123Z", "UTC").minute).toBe("23:24");
  });

  it("labels every full time with its zone", () => {
    expect(formatFullTime("2026-03-14T09:24:05.123Z", { zone: "UTC", label: "UTC" })).toBe(
      "2026-03-14 09:24:05.123 UTC",
    );
    expect(
      formatFullTime("2026-03-14T09:24:05.123Z", { zone: "Europe/Paris", label: "Europe/Paris" }),
    ).toMatch(/^2026-03-14 10:24:05\.123 \S+ \(Europe\/Paris\)$/);
  });

  it("reads 'Jump to' in the zone, and an explicit offset as written", () => {
    const iso = "2026-03-14T09:20:00.000Z";
    expect(formatJumpTime(iso, "Europe/Paris")).toBe("2026-03-14 10:20");
    expect(parseJumpTime("2026-03-14 10:20", "Europe/Paris")?.toISOString()).toBe(iso);
    expect(parseJumpTime("2026-03-14 09:20Z", "Europe/Paris")?.toISOString()).toBe(iso);
    expect(parseJumpTime("soon", "UTC")).toBeNull();
  });
});

describe("timeline exports in a zone", () => {
  const row: ExportRow = {
    time: "2026-03-14T09:31:00.000Z",
    service: "flagd",
    level: "",
    source: "manual",
    message: "flag flipped",
    keyMoment: "",
    keyMomentNote: "",
    isManual: false,
    author: "",
  };
  it("writes CSV times with their offset and names the zone", () => {
    expect(csvHead().trim().endsWith(",timeZone")).toBe(true);
    expect(csvLine(row)).toMatch(/^2026-03-14T09:31:00\.000Z,.*,UTC\r\n$/);
    expect(csvLine(row, { zone: "Europe/Paris", label: "Europe/Paris" })).toMatch(
      /^2026-03-14T10:31:00\.000\+01:00,.*,Europe\/Paris\r\n$/,
    );
  });
  it("writes Markdown times in the zone with its name", () => {
    expect(markdownLine(row, { zone: "Europe/Paris", label: "Europe/Paris" })).toContain(
      "2026-03-14 10:31:00.000",
    );
  });
});
