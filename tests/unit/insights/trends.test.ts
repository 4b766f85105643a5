import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentile, summarize } from "@/lib/insights/percentiles";
import { tableToCsv, trendTable } from "@/lib/insights/trend-tables";
import {
  computeTrends,
  formatMinutes,
  monthsBetween,
  type TrendIncident,
} from "@/lib/insights/trends";

describe("percentile", () => {
  it.each([
    [[], 50, null],
    [[7], 90, 7],
    [[10, 20], 50, 15],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9.1],
    [[30, 10, 20], 0, 10],
    [[30, 10, 20], 100, 30],
  ])("of %j at p%d is %s", (values, p, expected) => {
    const value = percentile(values, p);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 9);
  });

  it("refuses a percentile outside 0..100", () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it("lies between the smallest and largest value, and grows with p", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (values, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const pLow = percentile(values, low) ?? NaN;
          const pHigh = percentile(values, high) ?? NaN;
          expect(pLow).toBeGreaterThanOrEqual(Math.min(...values));
          expect(pHigh).toBeLessThanOrEqual(Math.max(...values));
          expect(pLow).toBeLessThanOrEqual(pHigh + 1e-9);
        },
      ),
    );
  });

  it("summarises count, p50 and p90", () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ count: 4, p50: 2.5, p90: 3.7 });
  });
});

const at = (iso: string) => new Date(iso);
function incident(overrides: Partial<TrendIncident>): TrendIncident {
  return {
    severity: "SEV2",
    startedAt: null,
    createdAt: at("2026-03-20T12:00:00Z"),
    detectedAt: null,
    mitigatedAt: null,
    resolvedAt: null,
    actionItems: 0,
    actionItemsDone: 0,
    ...overrides,
  };
}

describe("computeTrends", () => {
  const months = monthsBetween("2026-01", "2026-03");
  const incidents = [
    incident({
      severity: "SEV1",
      startedAt: at("2026-01-10T10:00:00Z"),
      detectedAt: at("2026-01-10T10:10:00Z"),
      resolvedAt: at("2026-01-10T12:00:00Z"),
      actionItems: 3,
      actionItemsDone: 1,
    }),
    incident({
      startedAt: at("2026-01-20T10:00:00Z"),
      detectedAt: at("2026-01-20T10:30:00Z"),
      // Mitigated "before" it started: a typing mistake, left out.
      mitigatedAt: at("2026-01-20T09:00:00Z"),
    }),
    // No start: counted in the month it was written, with no durations.
    incident({ severity: "SEV4", createdAt: at("2026-03-01T08:00:00Z"), actionItems: 2 }),
    // Outside the months: left out.
    incident({ startedAt: at("2025-12-31T10:00:00Z") }),
  ];

  it("counts incidents per month by severity, in the viewer's zone", () => {
    const trends = computeTrends(incidents, months, "UTC");
    expect(trends.months).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(trends.incidentCount).toBe(3);
    expect(trends.severity.map((month) => [month.month, month.total, month.counts])).toEqual([
      ["2026-01", 2, { SEV1: 1, SEV2: 1, SEV3: 0, SEV4: 0 }],
      ["2026-02", 0, { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 }],
      ["2026-03", 1, { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 1 }],
    ]);
    // 23:30 UTC on 31 December is already January in Berlin.
    const late = incident({ startedAt: at("2025-12-31T23:30:00Z") });
    expect(computeTrends([late], months, "Europe/Berlin").severity[0]?.total).toBe(1);
    expect(computeTrends([late], months, "UTC").incidentCount).toBe(0);
  });

  it("gives p50 and p90 minutes per month and overall, skipping impossible times", () => {
    const trends = computeTrends(incidents, months, "UTC");
    const january = trends.durations[0];
    expect(january?.p50.detect).toBe(20);
    expect(january?.p90.detect).toBe(28);
    expect(january?.counts).toEqual({ detect: 2, mitigate: 0, resolve: 1 });
    expect(january?.p50.mitigate).toBeNull();
    expect(trends.durations[1]?.p50.detect).toBeNull();
    expect(trends.overall.resolve).toEqual({ count: 1, p50: 120, p90: 120 });
  });

  it("adds up action items by the month of their incident", () => {
    const trends = computeTrends(incidents, months, "UTC");
    expect(trends.actionItems).toEqual([
      { month: "2026-01", opened: 3, done: 1 },
      { month: "2026-02", opened: 0, done: 0 },
      { month: "2026-03", opened: 2, done: 0 },
    ]);
  });
});

describe("trend tables and CSV", () => {
  const trends = computeTrends(
    [incident({ startedAt: at("2026-02-02T00:00:00Z"), detectedAt: at("2026-02-02T00:05:00Z") })],
    monthsBetween("2026-02", "2026-02"),
    "UTC",
  );

  it("writes each chart's table as CSV, empty cells for missing values", () => {
    const csv = tableToCsv(trendTable("durations", trends, []));
    const [head, row] = csv.split("\r\n");
    expect(head).toBe(
      "Month,Time to detect p50,Time to detect p90,Time to detect incidents,Time to mitigate p50,Time to mitigate p90,Time to mitigate incidents,Time to resolve p50,Time to resolve p90,Time to resolve incidents",
    );
    expect(row).toBe("Feb 2026,5,5,1,,,0,,,0");
  });

  it("quotes commas and neutralises spreadsheet formulas in names", () => {
    const csv = tableToCsv(
      trendTable("services", trends, [
        { name: '=HYPERLINK("x")', incidents: 2 },
        { name: "a, b", incidents: 1 },
      ]),
    );
    expect(csv).toBe('Service,Incidents\r\n"\'=HYPERLINK(""x"")",2\r\n"a, b",1\r\n');
  });
});

describe("monthsBetween and formatMinutes", () => {
  it("lists months across a year and nothing for a reversed range", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(monthsBetween("2026-02", "2026-01")).toEqual([]);
  });

  it.each([
    [null, "—"],
    [4.4, "4 min"],
    [60, "1 h"],
    [125, "2 h 5 min"],
    [60 * 24 * 3 + 60 * 5, "3 d 5 h"],
  ])("formats %s minutes as %s", (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});
