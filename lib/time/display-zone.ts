// How a person sees times: in UTC, in their own zone (the browser's), or in the incident's
// zone. One resolver turns the choice into the zone to show and the label every time
// carries, so the timeline, the overview, the read view and the exports agree. Pure.
import { DateTime } from "luxon";
import { safeZone } from "@/lib/time/zone";

export const DISPLAY_ZONE_CHOICES = ["utc", "own", "incident"] as const;
export type DisplayZoneChoice = (typeof DISPLAY_ZONE_CHOICES)[number];

export const DISPLAY_ZONE_LABELS: Record<DisplayZoneChoice, string> = {
  utc: "UTC",
  own: "My time zone",
  incident: "Incident's time zone",
};

export interface DisplayZone {
  choice: DisplayZoneChoice;
  /** The IANA zone times are shown in ("UTC", "Europe/Berlin"). */
  zone: string;
  /** What the times are labelled with: "UTC", or the zone's name ("Europe/Berlin"). */
  label: string;
  /** Set when the choice could not be honoured (the incident has no zone): says so. */
  fallbackNote: string | null;
}

export function isDisplayZoneChoice(value: unknown): value is DisplayZoneChoice {
  return (DISPLAY_ZONE_CHOICES as readonly unknown[]).includes(value);
}

export function resolveDisplayZone(
  choice: DisplayZoneChoice,
  context: { viewerZone: string; incidentZone: string | null },
): DisplayZone {
  if (choice === "own") return inZone(choice, safeZone(context.viewerZone), null);
  if (choice === "incident") {
    if (context.incidentZone && safeZone(context.incidentZone) === context.incidentZone) {
      return inZone(choice, context.incidentZone, null);
    }
    return inZone(choice, "UTC", "This incident has no time zone yet, so times are in UTC.");
  }
  return inZone(choice, "UTC", null);
}

function inZone(choice: DisplayZoneChoice, zone: string, fallbackNote: string | null): DisplayZone {
  return { choice, zone, label: zone === "UTC" || zone === "Etc/UTC" ? "UTC" : zone, fallbackNote };
}

// The parts of one instant as the timeline shows them, in a zone. `iso` is an ISO instant
// with milliseconds ("2026-03-14T09:24:05.123Z").
export interface WallClock {
  /** "2026-03-14": the day in that zone, to group rows by. */
  day: string;
  /** "Sat 14 Mar 2026". */
  dayLabel: string;
  /** "09:24". */
  minute: string;
  /** "05.123". */
  seconds: string;
  /** The zone's short name at that instant: "UTC", "CET", "GMT+1". */
  abbreviation: string;
}

export function wallClock(iso: string, zone: string): WallClock {
  const time = DateTime.fromISO(iso, { zone: "UTC" }).setZone(safeZone(zone));
  return {
    day: time.toFormat("yyyy-MM-dd"),
    dayLabel: time.toFormat("ccc d LLL yyyy"),
    minute: time.toFormat("HH:mm"),
    seconds: time.toFormat("ss.SSS"),
    abbreviation: zoneAbbreviation(time),
  };
}

function zoneAbbreviation(time: DateTime): string {
  return time.zoneName === "UTC" ? "UTC" : time.toFormat("ZZZZ");
}

// "2026-03-14 10:24:05.123 CET (Europe/Paris)", or "… UTC": a whole time with its zone.
export function formatFullTime(iso: string, display: Pick<DisplayZone, "zone" | "label">): string {
  const time = DateTime.fromISO(iso, { zone: "UTC" }).setZone(safeZone(display.zone));
  if (!time.isValid) return iso;
  const abbreviation = zoneAbbreviation(time);
  const suffix =
    display.label === "UTC" || abbreviation === display.label
      ? abbreviation
      : `${abbreviation} (${display.label})`;
  return `${time.toFormat("yyyy-MM-dd HH:mm:ss.SSS")} ${suffix}`;
}

// "2026-03-14 10:24" in the zone: what "Jump to" proposes and accepts.
export function formatJumpTime(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: "UTC" })
    .setZone(safeZone(zone))
    .toFormat("yyyy-MM-dd HH:mm");
}

// The inverse of formatJumpTime: a wall-clock time in the zone (an explicit offset or "Z"
// wins), or null when it is not a time.
export function parseJumpTime(text: string, zone: string): Date | null {
  const trimmed = text.trim().replace(" ", "T");
  if (!trimmed) return null;
  const hasOffset = /[zZ]|[+-]\d\d:?\d\d$/.test(trimmed);
  const time = DateTime.fromISO(trimmed, {
    zone: hasOffset ? "UTC" : safeZone(zone),
    setZone: hasOffset,
  });
  return time.isValid ? time.toJSDate() : null;
}

// Every zone this runtime knows, for the incident form's list; UTC first.
export function knownTimeZones(): string[] {
  const zones =
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return ["UTC", ...zones.filter((zone) => zone !== "UTC")];
}
