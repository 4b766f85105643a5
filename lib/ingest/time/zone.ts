// Zone offsets for zone-less wall-clock stamps. luxon knows the IANA rules, but calling it per
// line is far too slow, so offsets are cached per zone and wall-clock hour. An hour that
// contains a transition (or lies in a DST gap/overlap) is not cached and goes to luxon.

import { DateTime, IANAZone } from "luxon";

const HOUR = 3_600_000;

interface ZoneCache {
  zone: string;
  /** wall hour → offset in ms, or NaN when that hour needs exact treatment. */
  hours: Map<number, number>;
}

const caches = new Map<string, ZoneCache>();

export function isValidZone(zone: string): boolean {
  return zone === "UTC" || IANAZone.isValidZone(zone);
}

function cacheFor(zone: string): ZoneCache {
  let cache = caches.get(zone);
  if (!cache) {
    cache = { zone, hours: new Map() };
    caches.set(zone, cache);
  }
  return cache;
}

function luxonOffset(wall: number, zone: string): { utc: number } {
  const d = new Date(wall);
  const dt = DateTime.fromObject(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond: d.getUTCMilliseconds(),
    },
    { zone },
  );
  return { utc: dt.toMillis() };
}

/**
 * Wall-clock time in `zone` → UTC ms. In a fall-back overlap luxon (like most libraries)
 * picks the earlier instant; when that lies before `notBefore` (the previous line of the same
 * source) the second occurrence is taken instead, so a log running through the overlap stays
 * in order. In a spring-forward gap the wall time
 * does not exist and is moved forward by the gap, as luxon does.
 */
export function wallToUtc(wall: number, zone: string, notBefore = -Infinity): number {
  if (zone === "UTC" || zone === "Etc/UTC") return wall;
  const cache = cacheFor(zone);
  const hour = Math.floor(wall / HOUR);
  let offset = cache.hours.get(hour);
  if (offset === undefined) {
    offset = computeHourOffset(hour, zone);
    cache.hours.set(hour, offset);
  }
  if (!Number.isNaN(offset)) return wall - offset;
  return exactWallToUtc(wall, zone, notBefore);
}

/** Offset valid for the whole wall hour, or NaN when the hour is irregular. */
function computeHourOffset(hour: number, zone: string): number {
  const start = hour * HOUR;
  const end = start + HOUR - 1;
  const a = luxonOffset(start, zone).utc;
  const b = luxonOffset(end, zone).utc;
  const offsetA = start - a;
  const offsetB = end - b;
  if (offsetA !== offsetB || Number.isNaN(offsetA)) return NaN;
  // An overlap hour maps back consistently but has two instants; detect it by checking that
  // the instant one hour later has the same offset too (it differs inside an overlap).
  const later = DateTime.fromMillis(a + HOUR, { zone }).offset * 60_000;
  const earlier = DateTime.fromMillis(a - HOUR, { zone }).offset * 60_000;
  if (later !== offsetA || earlier !== offsetA) return NaN;
  return offsetA;
}

function exactWallToUtc(wall: number, zone: string, notBefore: number): number {
  const found = luxonOffset(wall, zone).utc;
  // In an overlap the wall time exists twice; find both instants (shifts of 1 h or 30 min).
  const instants = [found];
  for (const shift of [-HOUR, HOUR, -HOUR / 2, HOUR / 2]) {
    const candidate = found + shift;
    if (candidate + offsetAt(candidate, zone) === wall) instants.push(candidate);
  }
  instants.sort((a, b) => a - b);
  const earliest = instants[0] ?? found;
  if (earliest >= notBefore) return earliest;
  return instants.find((t) => t >= notBefore) ?? earliest;
}

/** Offset in ms of `zone` at UTC instant `utc`. */
export function offsetAt(utc: number, zone: string): number {
  if (zone === "UTC") return 0;
  return DateTime.fromMillis(utc, { zone }).offset * 60_000;
}
