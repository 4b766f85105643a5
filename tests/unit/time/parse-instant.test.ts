import { describe, expect, it } from "vitest";
import { isRealLocalDateTime, parseInstant } from "@/lib/time/parse-instant";

describe("parseInstant", () => {
  it.each([
    ["2026-03-14T09:24:00Z", "2026-03-14T09:24:00.000Z"],
    ["2026-03-14T09:24:00.123Z", "2026-03-14T09:24:00.123Z"],
    ["2026-03-14 09:24", "2026-03-14T09:24:00.000Z"],
    ["2026-03-14T09:24:00+02:00", "2026-03-14T07:24:00.000Z"],
    ["2026-03-14T09:24:00-0130", "2026-03-14T10:54:00.000Z"],
    ["2026-03-14", "2026-03-14T00:00:00.000Z"],
    ["2024-02-29T12:00Z", "2024-02-29T12:00:00.000Z"],
  ])("%s → %s", (text, iso) => {
    expect(parseInstant(text)?.toISOString()).toBe(iso);
  });

  it.each([
    "99999-01-01",
    "+099999-01-01T00:00:00.000Z",
    "2026-13-45T99:99",
    "2026-02-30T10:00Z",
    "2025-02-29T10:00Z",
    "2026-03-14T24:00Z",
    "2026-03-14T09:60Z",
    "yesterday",
    "",
  ])("refuses %j", (text) => {
    expect(parseInstant(text)).toBeNull();
  });
});

describe("isRealLocalDateTime", () => {
  it.each([
    ["2026-03-14T09:10", true],
    ["2026-03-14T09:10:59", true],
    ["2026-13-45T99:99", false],
    ["2026-04-31T10:00", false],
    ["2026-03-14", false],
  ])("%s → %s", (text, expected) => {
    expect(isRealLocalDateTime(text)).toBe(expected);
  });
});
