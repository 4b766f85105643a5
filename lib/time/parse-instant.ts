// An instant typed or sent as text ("2026-03-14T09:24:00Z", "2026-03-14 09:24"), checked
// field by field: a real month, day, hour and minute, and a four-digit year, so
// "2026-13-45T99:99" and "99999-01-01" are refused with a message instead of being
// rolled over, dropped, or reaching the database as a date it cannot store. Pure.

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export function isRealDateTime(parts: {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}): boolean {
  const { year, month, day, hour = 0, minute = 0, second = 0 } = parts;
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lastDay = month === 2 ? (isLeap ? 29 : 28) : daysInMonth;
  return day <= lastDay && hour <= 23 && minute <= 59 && second <= 59;
}

// A wall-clock "YYYY-MM-DDTHH:MM(:SS)" as a form sends it (no zone): is every part real?
export function isRealLocalDateTime(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return false;
  return arePartsReal(match.slice(1, 7));
}

// Year, month, day, hour, minute and second as a pattern captured them (missing ones 0).
function arePartsReal(parts: readonly (string | undefined)[]): boolean {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts.map((part) =>
    Number(part ?? 0),
  );
  return isRealDateTime({ year, month, day, hour, minute, second });
}

// An ISO-like instant (a missing zone means UTC), or null when it is not a real time.
export function parseInstant(value: string): Date | null {
  const match = INSTANT.exec(value.trim());
  if (!match) return null;
  if (!arePartsReal(match.slice(1, 7))) return null;
  const zone = match[8];
  const iso = `${match[1]}-${match[2]}-${match[3]}T${match[4] ?? "00"}:${match[5] ?? "00"}:${match[6] ?? "00"}${match[7] ? `.${match[7].slice(0, 3).padEnd(3, "0")}` : ""}${zone ? (zone.toUpperCase() === "Z" ? "Z" : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone) : "Z"}`;
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
