// Trends across incidents, month by month in the viewer's zone: how many incidents of each
// severity, how long they took to detect, mitigate and resolve (p50 and p90 of the
// minutes from the start), and how many of their action items are done. Pure: the data
// layer hands it the incidents the viewer may see, already cut to the chosen range.
import { DateTime } from "luxon";
import { summarize } from "@/lib/insights/percentiles";

export const SEVERITY_ORDER = ["SEV1", "SEV2", "SEV3", "SEV4"] as const;
export const DURATION_KINDS = ["detect", "mitigate", "resolve"] as const;
export type DurationKind = (typeof DURATION_KINDS)[number];

export interface TrendIncident {
  severity: string;
  /** When it started; incidents without a start count in the month they were written. */
  startedAt: Date | null;
  createdAt: Date;
  detectedAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
  actionItems: number;
  actionItemsDone: number;
}

export interface SeverityMonth {
  month: string;
  counts: Record<string, number>;
  total: number;
}

export interface DurationMonth {
  month: string;
  /** Minutes from the start, per kind; null where no incident of the month has both times. */
  p50: Record<DurationKind, number | null>;
  p90: Record<DurationKind, number | null>;
  counts: Record<DurationKind, number>;
}

export interface ActionItemMonth {
  month: string;
  opened: number;
  done: number;
}

export interface Trends {
  months: string[];
  incidentCount: number;
  severity: SeverityMonth[];
  durations: DurationMonth[];
  actionItems: ActionItemMonth[];
  /** Over the whole range, per kind. */
  overall: Record<DurationKind, { count: number; p50: number | null; p90: number | null }>;
}

/** "2026-03" for an instant, in the zone. */
export function monthOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM");
}

/** Every month from `first` to `last` inclusive ("2026-01" … "2026-12"); at most 240. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let cursor = DateTime.fromFormat(first, "yyyy-MM", { zone: "UTC" });
  const end = DateTime.fromFormat(last, "yyyy-MM", { zone: "UTC" });
  if (!cursor.isValid || !end.isValid) return months;
  while (cursor <= end && months.length < 240) {
    months.push(cursor.toFormat("yyyy-MM"));
    cursor = cursor.plus({ months: 1 });
  }
  return months;
}

export function incidentMonth(incident: TrendIncident, zone: string): string {
  return monthOf(incident.startedAt ?? incident.createdAt, zone);
}

// A time before the start is a typing mistake, not a negative duration: left out.
function minutesFromStart(incident: TrendIncident, kind: DurationKind): number | null {
  const end =
    kind === "detect"
      ? incident.detectedAt
      : kind === "mitigate"
        ? incident.mitigatedAt
        : incident.resolvedAt;
  if (!incident.startedAt || !end) return null;
  const minutes = (end.getTime() - incident.startedAt.getTime()) / 60_000;
  return minutes >= 0 ? minutes : null;
}

function byKind<T>(make: (kind: DurationKind) => T): Record<DurationKind, T> {
  return { detect: make("detect"), mitigate: make("mitigate"), resolve: make("resolve") };
}

/**
 * The trends over `months` (ascending, as from monthsBetween); incidents outside them are
 * left out.
 */
export function computeTrends(
  incidents: readonly TrendIncident[],
  months: readonly string[],
  zone: string,
): Trends {
  const buckets = new Map(months.map((month) => [month, [] as TrendIncident[]]));
  for (const incident of incidents) buckets.get(incidentMonth(incident, zone))?.push(incident);
  const inRange = [...buckets.values()].flat();

  const durationsOf = (list: readonly TrendIncident[], kind: DurationKind) =>
    list.flatMap((incident) => minutesFromStart(incident, kind) ?? []);

  return {
    months: [...months],
    incidentCount: inRange.length,
    severity: months.map((month) => {
      const list = buckets.get(month) ?? [];
      const counts: Record<string, number> = Object.fromEntries(
        SEVERITY_ORDER.map((severity) => [severity, 0]),
      );
      for (const incident of list) counts[incident.severity] = (counts[incident.severity] ?? 0) + 1;
      return { month, counts, total: list.length };
    }),
    durations: months.map((month) => {
      const list = buckets.get(month) ?? [];
      const summaries = byKind((kind) => summarize(durationsOf(list, kind)));
      return {
        month,
        p50: byKind((kind) => roundMinutes(summaries[kind].p50)),
        p90: byKind((kind) => roundMinutes(summaries[kind].p90)),
        counts: byKind((kind) => summaries[kind].count),
      };
    }),
    actionItems: months.map((month) => {
      const list = buckets.get(month) ?? [];
      return {
        month,
        opened: list.reduce((sum, incident) => sum + incident.actionItems, 0),
        done: list.reduce((sum, incident) => sum + incident.actionItemsDone, 0),
      };
    }),
    overall: byKind((kind) => {
      const summary = summarize(durationsOf(inRange, kind));
      return {
        count: summary.count,
        p50: roundMinutes(summary.p50),
        p90: roundMinutes(summary.p90),
      };
    }),
  };
}

function roundMinutes(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

/** "42 min", "3 h 5 min", "2 d 4 h": durations as people say them. */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return "—";
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    const rest = Math.round(minutes - hours * 60);
    return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours - days * 24;
  return restHours > 0 ? `${days} d ${restHours} h` : `${days} d`;
}

/** "Mar 2026" for "2026-03". */
export function monthLabel(month: string): string {
  const parsed = DateTime.fromFormat(month, "yyyy-MM", { zone: "UTC", locale: "en" });
  return parsed.isValid ? parsed.toFormat("LLL yyyy") : month;
}
