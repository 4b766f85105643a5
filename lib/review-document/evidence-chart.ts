// Events over time for the read view's chart: counts per bucket (a minute, or more when
// the incident is long) by service and by level, errors counted apart, key moments as
// annotations. Pure: the loader passes the events' times, services and levels.
import type { ChartBucket, EvidenceChart } from "@/lib/review-document/review-document";

export interface ChartEvent {
  at: Date;
  service: string | null;
  level: string | null;
}

const BUCKET_CHOICES = [1, 2, 5, 10, 15, 30, 60, 120, 360, 720, 1440];
const MAX_BUCKETS = 240;
const MAX_SERVICES = 6;
export const OTHER_SERVICE = "other";
const ERROR_LEVELS = new Set(["error", "fatal", "critical", "crit", "alert", "emerg", "panic"]);

export function isErrorLevel(level: string | null): boolean {
  return level !== null && ERROR_LEVELS.has(level.toLowerCase());
}

export function buildEvidenceChart(
  events: readonly ChartEvent[],
  keyMoments: readonly { at: string; label: string }[],
  omitted = 0,
): EvidenceChart | null {
  if (events.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  const serviceCounts = new Map<string, number>();
  for (const event of events) {
    const time = event.at.getTime();
    if (time < first) first = time;
    if (time > last) last = time;
    const service = event.service || "unnamed";
    serviceCounts.set(service, (serviceCounts.get(service) ?? 0) + 1);
  }
  const spanMinutes = (last - first) / 60_000;
  const bucketMinutes =
    BUCKET_CHOICES.find((minutes) => spanMinutes / minutes < MAX_BUCKETS) ?? 1440;
  const bucketMs = bucketMinutes * 60_000;
  const start = Math.floor(first / bucketMs) * bucketMs;
  const count = Math.floor((last - start) / bucketMs) + 1;

  const ranked = [...serviceCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const services = ranked.slice(0, MAX_SERVICES).map(([name]) => name);
  const shown = new Set(services);
  if (ranked.length > MAX_SERVICES) services.push(OTHER_SERVICE);

  const levels = new Set<string>();
  const buckets: ChartBucket[] = Array.from({ length: count }, (_, index) => ({
    at: new Date(start + index * bucketMs).toISOString(),
    total: 0,
    errors: 0,
    byService: {},
    byLevel: {},
  }));
  for (const event of events) {
    const bucket = buckets[Math.floor((event.at.getTime() - start) / bucketMs)];
    if (!bucket) continue;
    const named = event.service || "unnamed";
    const service = shown.has(named) ? named : OTHER_SERVICE;
    const level = (event.level || "none").toLowerCase();
    levels.add(level);
    bucket.total += 1;
    if (isErrorLevel(event.level)) bucket.errors += 1;
    bucket.byService[service] = (bucket.byService[service] ?? 0) + 1;
    bucket.byLevel[level] = (bucket.byLevel[level] ?? 0) + 1;
  }
  return {
    bucketMinutes,
    buckets,
    services,
    levels: [...levels].sort(),
    keyMoments: keyMoments.map((moment) => ({
      // Snapped to its bucket, so the annotation sits on the chart's category axis.
      at: new Date(
        start + Math.floor((Date.parse(moment.at) - start) / bucketMs) * bucketMs,
      ).toISOString(),
      label: moment.label,
    })),
    omitted,
  };
}
