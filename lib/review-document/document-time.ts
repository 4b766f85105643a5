// Times and durations as a review document shows them. Pure (luxon only): every instant
// carries its zone's abbreviation so a reader never guesses which clock it is on.
import { DateTime } from "luxon";
import { safeZone } from "@/lib/time/zone";
import type {
  DocumentZone,
  Milestone,
  ReviewDocument,
} from "@/lib/review-document/review-document";

/** "14 Mar 2026, 09:10:42 CET", or "—" for no instant. */
export function formatDocumentTime(iso: string | null, zone: string): string {
  if (!iso) return "—";
  const time = DateTime.fromISO(iso, { zone: safeZone(zone) });
  return time.isValid ? time.toFormat("d LLL yyyy, HH:mm:ss ZZZZ") : "—";
}

/** "09:10:42" in the zone: for compact timelines whose heading names the day and zone. */
export function formatClockTime(iso: string, zone: string): string {
  const time = DateTime.fromISO(iso, { zone: safeZone(zone) });
  return time.isValid ? time.toFormat("HH:mm:ss") : "—";
}

/** "1 h 23 min", "45 s", "2 d 3 h": the two largest units are plenty for a reader. */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.round(Math.abs(milliseconds) / 1000);
  const units: [number, string][] = [
    [Math.floor(seconds / 86_400), "d"],
    [Math.floor((seconds % 86_400) / 3600), "h"],
    [Math.floor((seconds % 3600) / 60), "min"],
    [seconds % 60, "s"],
  ];
  const first = units.findIndex(([value]) => value > 0);
  if (first === -1) return "0 s";
  const shown = units.slice(first, first + 2).filter(([value]) => value > 0);
  return `${milliseconds < 0 ? "−" : ""}${shown.map(([value, unit]) => `${value} ${unit}`).join(" ")}`;
}

const SPANS: [Milestone["key"], Milestone["key"], string][] = [
  ["startedAt", "detectedAt", "Time to detect"],
  ["detectedAt", "mitigatedAt", "Time to mitigate"],
  ["mitigatedAt", "resolvedAt", "Time to resolve"],
  ["startedAt", "resolvedAt", "Start to resolution"],
];

/** The durations between the milestones that are set. */
export function milestoneDurations(
  milestones: readonly Milestone[],
): { label: string; text: string }[] {
  const at = new Map(milestones.map((milestone) => [milestone.key, milestone.at]));
  return SPANS.flatMap(([from, to, label]) => {
    const start = at.get(from);
    const end = at.get(to);
    if (!start || !end) return [];
    return [{ label, text: formatDuration(Date.parse(end) - Date.parse(start)) }];
  });
}

/** "Times are in UTC" / "Times are in Europe/Paris": said once at the top of every format. */
export function zoneSentence(document: Pick<ReviewDocument, "zone">): string {
  return `Times are shown in ${document.zone.label}.`;
}

/** The zone a document is shown in, named for readers. */
export function documentZone(zone: string): DocumentZone {
  const safe = safeZone(zone);
  return { zone: safe, label: safe === "UTC" ? "UTC" : `${safe} time` };
}
