// How the list names where a row came from: a short label and a colour per source. The
// colour follows the order the incident's sources were added in, so it stays the same
// across reloads, filters and people, and the first ten sources never share one; manual
// events have their own neutral chip.

// Calm, readable pairs (text on tint), distinct enough side by side.
const PALETTE = [
  { fg: "#1d4f91", bg: "#e3edfb" },
  { fg: "#7a3e00", bg: "#fdebd8" },
  { fg: "#1f6b3a", bg: "#e1f4e7" },
  { fg: "#7d2468", bg: "#f8e3f2" },
  { fg: "#5b4300", bg: "#f8efcf" },
  { fg: "#005f66", bg: "#daf2f3" },
  { fg: "#8a1f2d", bg: "#fbe3e6" },
  { fg: "#4a3a8c", bg: "#ebe6fb" },
  { fg: "#3d5a12", bg: "#ecf4da" },
  { fg: "#6b3d2e", bg: "#f3e6e0" },
] as const;

export const MANUAL_CHIP = { fg: "#4a5260", bg: "#eceef2" } as const;

export interface ChipColour {
  fg: string;
  bg: string;
}

// `position`: the source's place among the incident's sources, oldest first.
export function sourceColour(position: number): ChipColour {
  return PALETTE[position % PALETTE.length] ?? MANUAL_CHIP;
}

const LABEL_LENGTH = 16;

// "apache-error.log" → "apache-error"; long names keep their start.
export function sourceLabel(name: string): string {
  const bare = name.replace(/\.(log|txt|json|jsonl|ndjson|csv|gz)$/i, "");
  return bare.length > LABEL_LENGTH ? `${bare.slice(0, LABEL_LENGTH - 1)}…` : bare;
}

// Flags that describe one row rather than the whole source: only these show on a row.
// The others (zone assumed, year inferred…) are the source's and show once in the legend.
export const ROW_FLAG_LABELS: Record<string, string> = {
  "out-of-order": "out of order",
  truncated: "truncated",
  "clock-skew": "skew-adjusted",
};

// Every flag in words, for the event panel: a short label and what it means for this event.
export const FLAG_DESCRIPTIONS: Record<string, { label: string; detail: string }> = {
  "zone-assumed": {
    label: "Zone assumed",
    detail: "The line's time names no zone; it was read in the zone chosen for its source.",
  },
  "year-inferred": {
    label: "Year inferred",
    detail: "The line's time has no year; it was taken from the incident's reference date.",
  },
  "two-digit-year": {
    label: "Two-digit year",
    detail: "The year was written with two digits and read in the century nearest the incident.",
  },
  "day-month-guessed": {
    label: "Day and month guessed",
    detail: "The date could be day/month or month/day; nothing in the source decided it.",
  },
  "relative-time": {
    label: "Relative time",
    detail: "The source gave an age (“5m ago”), counted back from the reference time.",
  },
  "out-of-order": {
    label: "Out of order",
    detail:
      "This line is earlier than a line above it in its source; it is sorted by its own time.",
  },
  truncated: {
    label: "Truncated",
    detail: "The line was longer than 64 KiB and was cut; the source keeps it whole.",
  },
  "clock-skew": {
    label: "Skew-adjusted",
    detail: "This service's clock runs off its callers'; the time is corrected for the skew.",
  },
};

export function describeFlag(flag: string): { label: string; detail: string } {
  return FLAG_DESCRIPTIONS[flag] ?? { label: flag.replace(/-/g, " "), detail: "" };
}
