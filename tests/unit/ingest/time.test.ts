// Time ambiguities, table-driven: zone-less stamps, missing years with rollover, two-digit
// years, day/month order, epoch units, and DST gaps and overlaps in two zones.

import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/ingest";
import type { SourceOptions } from "@/lib/ingest";

function times(text: string, options: SourceOptions = {}) {
  const result = ingestText("t", text, options);
  // Source order (not merged order), so each row checks its own line.
  const events = [...result.events].sort((a, b) => a.firstLine - b.firstLine);
  return {
    iso: events.map((e) => new Date(e.time).toISOString()),
    flags: events.map((e) => e.flags),
    result,
  };
}

describe("zone-less stamps take the source zone and are flagged", () => {
  it.each([
    ["2026-03-14 10:12:03,123 INFO x", "UTC", "2026-03-14T10:12:03.123Z"],
    ["2026-03-14 10:12:03,123 INFO x", "Europe/Paris", "2026-03-14T09:12:03.123Z"],
    ["2026-07-14 10:12:03.5 x", "Europe/Paris", "2026-07-14T08:12:03.500Z"],
    ["2026-03-14 10:12:03 x", "America/New_York", "2026-03-14T14:12:03.000Z"],
    ["2026/03/14 10:12:03 x", "Asia/Kolkata", "2026-03-14T04:42:03.000Z"],
  ])("%s in %s", (line, zone, expected) => {
    const { iso, flags } = times(line, { zone });
    expect(iso).toEqual([expected]);
    expect(flags[0]).toContain("zone-assumed");
  });

  it.each([
    ["2026-03-14T10:12:03Z x", "2026-03-14T10:12:03.000Z"],
    ["2026-03-14T10:12:03+02:00 x", "2026-03-14T08:12:03.000Z"],
    ["2026-03-14T10:12:03.123456789-0530 x", "2026-03-14T15:42:03.123Z"],
    ["2026-03-14 10:12:03 UTC x", "2026-03-14T10:12:03.000Z"],
  ])("zoned %s ignores the source zone", (line, expected) => {
    const { iso, flags } = times(line, { zone: "Asia/Tokyo" });
    expect(iso).toEqual([expected]);
    expect(flags[0]).not.toContain("zone-assumed");
  });
});

describe("missing years", () => {
  const syslog = (stamps: string[]) => stamps.map((s) => `${s} host app[1]: message`).join("\n");

  it.each([
    // [stamps, reference, expected years]
    [["Mar 14 09:00:00"], "2026-03-14T10:00:00Z", [2026]],
    [["Mar 14 11:00:00"], "2026-03-14T10:00:00Z", [2025]], // after the reference → the year before
    [
      ["Dec 30 23:00:00", "Dec 31 23:59:59", "Jan  1 00:00:01", "Jan  2 08:00:00"],
      "2026-01-05T00:00:00Z",
      [2025, 2025, 2026, 2026],
    ],
    [["Dec 31 23:59:59", "Jan  1 00:00:01"], "2026-06-01T00:00:00Z", [2025, 2026]],
    [["Feb 29 12:00:00"], "2026-03-01T00:00:00Z", [2024]], // only leap years have Feb 29
  ])("%j with reference %s", (stamps, reference, years) => {
    const { iso, flags } = times(syslog(stamps), { reference });
    expect(iso.map((t) => Number(t.slice(0, 4)))).toEqual(years);
    expect(flags.every((f) => f.includes("year-inferred"))).toBe(true);
  });

  it("klog stamps without a year", () => {
    const { iso } = times(
      "I1231 23:59:58.000000    1 a.go:1] x\nI0101 00:00:02.000000    1 a.go:1] y",
      {
        reference: "2027-01-01T00:10:00Z",
      },
    );
    expect(iso).toEqual(["2026-12-31T23:59:58.000Z", "2027-01-01T00:00:02.000Z"]);
  });
});

describe("two-digit years", () => {
  it.each([
    ["17/06/09 20:10:40 INFO x", "2017-06-09T20:10:40.000Z"],
    ["99/12/31 23:59:59 INFO x", "1999-12-31T23:59:59.000Z"],
  ])("%s", (line, expected) => {
    const { iso, flags } = times(line, { reference: "2026-03-14T00:00:00Z" });
    expect(iso).toEqual([expected]);
    expect(flags[0]).toContain("two-digit-year");
  });
});

describe("day/month order is decided across the source", () => {
  it.each([
    // A value above 12 in the first field anywhere settles day-first for all lines.
    [
      ["03/04/2024 10:00:00 a", "25/06/2024 10:00:00 b"],
      undefined,
      ["2024-04-03", "2024-06-25"],
      false,
    ],
    // ... and in the second field, month-first.
    [
      ["03/04/2024 10:00:00 a", "06/25/2024 10:00:00 b"],
      undefined,
      ["2024-03-04", "2024-06-25"],
      false,
    ],
    // Undecidable: month-first, flagged.
    [
      ["03/04/2024 10:00:00 a", "05/06/2024 10:00:00 b"],
      undefined,
      ["2024-03-04", "2024-05-06"],
      true,
    ],
    // The caller can force it.
    [["03/04/2024 10:00:00 a", "05/06/2024 10:00:00 b"], true, ["2024-04-03", "2024-06-05"], false],
    [
      ["14.03.2026 10:00:00 a", "01.04.2026 10:00:00 b"],
      undefined,
      ["2026-03-14", "2026-04-01"],
      false,
    ],
  ])("%j (dayFirst %s)", (lines, dayFirst, dates, isGuessed) => {
    const { iso, flags } = times(lines.join("\n"), { dayFirst });
    expect(iso.map((t) => t.slice(0, 10))).toEqual(dates);
    expect(flags.some((f) => f.includes("day-month-guessed"))).toBe(isGuessed);
  });
});

describe("epoch units from magnitude", () => {
  it.each([
    // Seconds and milliseconds carry nothing below the millisecond, so no ns string is kept.
    ["1773479340", "2026-03-14T09:09:00.000Z", undefined],
    ["1773479340.5", "2026-03-14T09:09:00.500Z", undefined],
    ["1773479340.123456", "2026-03-14T09:09:00.123Z", "1773479340123456000"],
    ["1773479340123", "2026-03-14T09:09:00.123Z", undefined],
    ["1773479340123456", "2026-03-14T09:09:00.123Z", "1773479340123456000"],
    ["1773479340123456789", "2026-03-14T09:09:00.123Z", "1773479340123456789"],
  ])("%s", (value, expected, ns) => {
    const { result, iso } = times(
      `{"ts":"${value}","msg":"x"}\n{"ts":${value.length > 16 ? `"${value}"` : value},"msg":"y"}`,
    );
    expect(iso).toEqual([expected, expected]);
    expect(result.events[0]?.timeNs).toBe(ns);
  });
});

describe("DST transitions", () => {
  it.each([
    // Spring forward: 02:00 → 03:00 local. The missing 02:30 is read with the old offset.
    [
      "Europe/Berlin",
      ["2026-03-29 01:59:59", "2026-03-29 02:30:00", "2026-03-29 03:30:00"],
      ["00:59:59", "01:30:00", "01:30:00"],
    ],
    [
      "America/New_York",
      ["2026-03-08 01:59:59", "2026-03-08 02:30:00", "2026-03-08 03:30:00"],
      ["06:59:59", "07:30:00", "07:30:00"],
    ],
    // Fall back: the repeated hour is read first with summer time, then (when the log runs on) with winter time.
    [
      "Europe/Berlin",
      [
        "2026-10-25 02:10:00",
        "2026-10-25 02:50:00",
        "2026-10-25 02:10:00",
        "2026-10-25 02:50:00",
        "2026-10-25 03:10:00",
      ],
      ["00:10:00", "00:50:00", "01:10:00", "01:50:00", "02:10:00"],
    ],
    [
      "America/New_York",
      ["2026-11-01 01:10:00", "2026-11-01 01:50:00", "2026-11-01 01:10:00", "2026-11-01 02:10:00"],
      ["05:10:00", "05:50:00", "06:10:00", "07:10:00"],
    ],
  ])("%s %j", (zone, stamps, expected) => {
    const { iso, flags } = times(stamps.map((s) => `${s} INFO x`).join("\n"), { zone });
    expect(iso.map((t) => t.slice(11, 19))).toEqual(expected);
    expect(flags.every((f) => !f.includes("out-of-order"))).toBe(true);
  });

  it("an offset far from a transition is the same as luxon's for every hour of a year", () => {
    const lines: string[] = [];
    for (let day = 1; day <= 365; day += 7) {
      const date = new Date(Date.UTC(2026, 0, day, 12));
      lines.push(`${date.toISOString().slice(0, 10)} 12:00:00 x`);
    }
    const { iso } = times(lines.join("\n"), { zone: "Europe/Berlin" });
    for (const t of iso) {
      const month = Number(t.slice(5, 7));
      const day = Number(t.slice(8, 10));
      const isSummer =
        (month > 3 || (month === 3 && day >= 29)) && (month < 10 || (month === 10 && day < 25));
      expect(t.slice(11, 13)).toBe(isSummer ? "10" : "11");
    }
  });
});

describe("relative ages", () => {
  it("kubectl ages count back from the reference", () => {
    const text = [
      "LAST SEEN   TYPE      REASON    OBJECT        MESSAGE",
      "5m          Normal    Pulled    pod/a         pulled",
      "2m24s       Warning   BackOff   pod/a         back-off",
      "1h2m        Normal    Created   pod/b         created",
    ].join("\n");
    const { iso, flags } = times(text, { reference: "2026-03-14T10:00:00Z" });
    expect(iso).toEqual([
      "2026-03-14T09:55:00.000Z",
      "2026-03-14T09:57:36.000Z",
      "2026-03-14T08:58:00.000Z",
    ]);
    expect(flags.every((f) => f.includes("relative-time"))).toBe(true);
  });
});

describe("kubectl -o wide", () => {
  it("starts an aggregated row at its FIRST SEEN age", () => {
    const text = [
      "LAST SEEN   TYPE      REASON      OBJECT      SUBOBJECT   SOURCE          MESSAGE          FIRST SEEN   COUNT   NAME",
      "2m          Warning   Unhealthy   pod/a                   kubelet, n1     probe failed     30m          12      a.17c",
    ].join("\n");
    const { iso } = times(text, { reference: "2026-03-14T10:00:00Z" });
    expect(iso).toEqual(["2026-03-14T09:30:00.000Z"]);
  });
});

describe("out of order", () => {
  it("flags a line earlier than one above it and keeps its own time", () => {
    const { flags, result } = times(
      "2026-03-14T10:00:00Z a\n2026-03-14T09:30:00Z b\n2026-03-14T10:01:00Z c",
    );
    expect(flags.map((f) => f.includes("out-of-order"))).toEqual([false, true, false]);
    expect(result.events.map((e) => e.message)).toEqual(["b", "a", "c"]);
  });
});

describe("a line that ends inside a stamp", () => {
  // Past the end of a string charCodeAt gives NaN, which once slipped through the digit checks
  // as a digit: "09:" read as minute NaN, a trailing "-" as a zone reaching past the line.
  it.each([
    ["2026-03-14 09:", "2026-03-14", Date.UTC(2026, 2, 14)],
    ["2026-03-14T09:10", "2026-03-14T09:10", Date.UTC(2026, 2, 14, 9, 10)],
  ])("%s reads as %s", (line, timeText, time) => {
    for (const eager of [true, false]) {
      const result = ingestText("x", `${line}\n`, { format: "timestamped" }, { eager });
      expect(result.events.map((e) => [e.time, e.timeText])).toEqual([[time, timeText]]);
    }
  });

  it("a stamp with a lone sign at the very end of the line is not an entry", () => {
    const result = ingestText("x", "2026-03-14T09:10:06-\n", { format: "timestamped" });
    expect(result.sources[0]?.counts).toMatchObject({ events: 0, unparsed: 1 });
  });
});
