// Calendar arithmetic without Date objects: the hot path turns parsed fields into epoch
// milliseconds with a few integer operations instead of allocating a Date or a luxon DateTime.

import { Char } from "../chars";

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Wall-clock fields read as if they were UTC, in ms. */
export function wallMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number {
  return (
    daysFromCivil(year, month, day) * 86_400_000 +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    ms
  );
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const max = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
  return day <= max;
}

/** UTC calendar year of an instant. */
export function utcYear(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

// Month names are matched on their first three letters, case-folded, English plus the common
// German/French/Spanish abbreviations that differ (localised syslog and Java output). The key
// is built from char codes so the hot path allocates no substring.
const MONTH_NAMES: [string, number][] = [
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["may", 5],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
  ["mär", 3],
  ["mrz", 3],
  ["mai", 5],
  ["okt", 10],
  ["dez", 12],
  ["fév", 2],
  ["fev", 2],
  ["avr", 4],
  ["jui", 6],
  ["aoû", 8],
  ["aou", 8],
  ["déc", 12],
  ["ene", 1],
  ["abr", 4],
  ["ago", 8],
  ["dic", 12],
];

/** Three case-folded characters as one small integer (a Smi, cheap to hash); -1 past Latin-1. */
function key3(text: string, start: number): number {
  const a = text.charCodeAt(start) | Char.LOWER_CASE_BIT;
  const b = text.charCodeAt(start + 1) | Char.LOWER_CASE_BIT;
  const c = text.charCodeAt(start + 2) | Char.LOWER_CASE_BIT;
  if (a > 255 || b > 255 || c > 255) return -1;
  return (a << 16) | (b << 8) | c;
}

const MONTHS = new Map<number, number>(MONTH_NAMES.map(([name, month]) => [key3(name, 0), month]));

/** Month number from a name such as "Mar", "March", "mars", "Dez"; 0 when unknown. */
export function monthFromName(text: string, start: number): number {
  if (start + 3 > text.length) return 0;
  return MONTHS.get(key3(text, start)) ?? 0;
}

const WEEKDAYS = new Set(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => key3(d, 0)));

export function isWeekdayName(text: string, start: number): boolean {
  return start + 3 <= text.length && WEEKDAYS.has(key3(text, start));
}
