// Agenda timing from the server's timestamps: each item's elapsed time, its time box and
// how far past it the meeting ran. Pure, so every client derives the same numbers from
// the same startedAt/endedAt and a reload keeps them.
export interface TimedAgendaItem {
  id: string;
  title: string;
  minutes: number;
  /** ISO instants; null until the item starts / ends. */
  startedAt: string | null;
  endedAt: string | null;
}

export type AgendaItemState = "upcoming" | "current" | "done";

export interface AgendaItemTiming {
  id: string;
  title: string;
  minutes: number;
  state: AgendaItemState;
  elapsedMs: number;
  plannedMs: number;
  /** How far past its time box the item ran (0 within it). */
  overMs: number;
}

export interface AgendaTiming {
  items: AgendaItemTiming[];
  current: AgendaItemTiming | null;
  /** From the first item's start to now (or to the last item's end). */
  elapsedMs: number;
  plannedMs: number;
  overMs: number;
}

export const DEFAULT_AGENDA: readonly { title: string; minutes: number }[] = [
  { title: "Introduction", minutes: 5 },
  { title: "Timeline walk-through", minutes: 35 },
  { title: "Learnings and themes", minutes: 10 },
  { title: "Wrap-up", minutes: 5 },
];

const MINUTE_MS = 60_000;

function instant(text: string | null): number | null {
  if (text === null) return null;
  const value = Date.parse(text);
  return Number.isNaN(value) ? null : value;
}

export function computeAgendaTiming(items: readonly TimedAgendaItem[], now: number): AgendaTiming {
  let first: number | null = null;
  let last: number | null = null;
  let isRunning = false;
  const timings = items.map((item): AgendaItemTiming => {
    const started = instant(item.startedAt);
    const ended = instant(item.endedAt);
    const plannedMs = item.minutes * MINUTE_MS;
    const state: AgendaItemState =
      started === null ? "upcoming" : ended === null ? "current" : "done";
    if (started !== null) first = first === null ? started : Math.min(first, started);
    if (ended !== null) last = last === null ? ended : Math.max(last, ended);
    if (state === "current") isRunning = true;
    // A clock a little behind the server's never shows a negative time.
    const elapsedMs = started === null ? 0 : Math.max(0, (ended ?? now) - started);
    return {
      id: item.id,
      title: item.title,
      minutes: item.minutes,
      state,
      elapsedMs,
      plannedMs,
      overMs: Math.max(0, elapsedMs - plannedMs),
    };
  });
  const plannedMs = timings.reduce((sum, item) => sum + item.plannedMs, 0);
  const end = isRunning ? now : (last ?? now);
  const elapsedMs = first === null ? 0 : Math.max(0, end - first);
  return {
    items: timings,
    current: timings.find((item) => item.state === "current") ?? null,
    elapsedMs,
    plannedMs,
    overMs: Math.max(0, elapsedMs - plannedMs),
  };
}

// "4:05", or "1:02:05" past an hour: a clock, as people read one.
export function formatClock(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, "0");
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}`
    : `${minutes}:${seconds}`;
}

// A calm note, never an alarm: "3 min over", or nothing within the time box. The first
// minute past is "just over", not a countdown of seconds.
export function describeOverrun(overMs: number): string | null {
  if (overMs <= 0) return null;
  const minutes = Math.floor(overMs / MINUTE_MS);
  if (minutes < 1) return "just over time";
  return `${minutes} min over`;
}

// Minutes an item took, rounded to the nearest minute, for the record ("12 min").
export function describeMinutes(ms: number): string {
  const minutes = Math.round(ms / MINUTE_MS);
  return minutes < 1 ? "under a minute" : `${minutes} min`;
}
