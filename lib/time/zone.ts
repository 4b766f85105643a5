// Instants are stored in UTC and shown in the viewer's zone. These helpers convert between
// UTC instants and the wall-clock strings of <input type="datetime-local"> in a given zone.
import { DateTime, IANAZone } from "luxon";

export const DEFAULT_ZONE = "UTC";
// Set by the browser (components/time-zone-sync.tsx), read by the server.
export const TIME_ZONE_COOKIE = "debrief-tz";

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

export function safeZone(zone: string | undefined | null): string {
  return zone && isValidZone(zone) ? zone : DEFAULT_ZONE;
}

// "2026-03-14T09:10" in `zone`, or "" for no instant.
export function toDateTimeLocal(instant: Date | null, zone: string): string {
  if (!instant) return "";
  return DateTime.fromJSDate(instant, { zone: safeZone(zone) }).toFormat("yyyy-MM-dd'T'HH:mm");
}

// The inverse; null for an empty string, undefined when the text is not a valid wall time.
export function fromDateTimeLocal(value: string, zone: string): Date | null | undefined {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const parsed = DateTime.fromISO(trimmed, { zone: safeZone(zone) });
  return parsed.isValid ? parsed.toJSDate() : undefined;
}

// "14 Mar 2026, 09:10 CET" — dates always shown, since incidents span days.
export function formatInstant(instant: Date | null, zone: string): string {
  if (!instant) return "—";
  return DateTime.fromJSDate(instant, { zone: safeZone(zone) }).toFormat("d LLL yyyy, HH:mm ZZZZ");
}

export function formatDate(instant: Date | null, zone: string): string {
  if (!instant) return "—";
  return DateTime.fromJSDate(instant, { zone: safeZone(zone) }).toFormat("d LLL yyyy");
}

// Plain calendar dates (action-item due dates) are stored as UTC midnight.
export function toDateInput(instant: Date | null): string {
  return instant ? instant.toISOString().slice(0, 10) : "";
}

export function fromDateInput(value: string): Date | null | undefined {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const parsed = DateTime.fromISO(trimmed, { zone: "UTC" });
  return parsed.isValid && /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? parsed.toJSDate() : undefined;
}

// Today's calendar date in `zone` ("2026-03-14"), for comparing with due dates.
export function todayInZone(zone: string, now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone: safeZone(zone) }).toFormat("yyyy-MM-dd");
}
