// Hand-written timestamp scanner. It reads the common layouts (ISO 8601/RFC 3339, syslog,
// CLF, ctime, Go/nginx slashes, numeric day/month dates, Java "Mar 14, 2026 9:10:06 AM",
// epoch numbers) straight from char codes into a reused Stamp, so the per-line cost is a few
// comparisons and no allocation. Interpretation (zones, years, day/month order) is left to
// resolve.ts, because it needs the whole source.

import { isWeekdayName, monthFromName } from "./civil";
import { scanEpoch } from "./epoch";
import { resetStamp, type Stamp } from "./stamp";
import { Char } from "../chars";

export { epochToNs, nsToMs } from "./epoch";
export { newStamp, type Stamp } from "./stamp";

function isDigit(c: number): boolean {
  return c >= Char.DIGIT_0 && c <= Char.DIGIT_9;
}

/** Value of exactly n digits at p, or -1 (also past the end of s, where charCodeAt is NaN). */
function digits(s: string, p: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(p + i);
    if (!(c >= Char.DIGIT_0 && c <= Char.DIGIT_9)) return -1;
    v = v * 10 + (c - Char.DIGIT_0);
  }
  return v;
}

/** Count of consecutive digits at p. */
function digitRun(s: string, p: number): number {
  let i = p;
  while (isDigit(s.charCodeAt(i))) i++;
  return i - p;
}

function isLetter(c: number): boolean {
  return (
    (c >= Char.UPPER_A && c <= Char.UPPER_Z) ||
    (c >= Char.LOWER_A && c <= Char.LOWER_Z) ||
    c > Char.DELETE
  );
}

/**
 * Reads "HH:MM[:SS][.,frac]" at p (hour may be one digit) and an optional AM/PM and zone.
 * Returns the end index or -1.
 */
function scanClock(s: string, p: number, st: Stamp, allowZone: boolean): number {
  let hLen = digitRun(s, p);
  if (hLen !== 1 && hLen !== 2) return -1;
  const hour = digits(s, p, hLen);
  let q = p + hLen;
  if (s.charCodeAt(q) !== Char.COLON) return -1;
  const minute = digits(s, q + 1, 2);
  if (minute < 0 || minute > 59) return -1;
  q += 3;
  let second = 0;
  if (s.charCodeAt(q) === Char.COLON) {
    second = digits(s, q + 1, 2);
    if (second < 0 || second > 60) return -1;
    q += 3;
    const c = s.charCodeAt(q);
    // "." and "," are the usual fraction marks; HealthApp-style ":mmm" also occurs.
    if ((c === Char.DOT || c === Char.COMMA || c === Char.COLON) && isDigit(s.charCodeAt(q + 1))) {
      const n = digitRun(s, q + 1);
      if (c !== Char.COLON || n === 3) {
        readFraction(s, q + 1, n, st);
        q += 1 + n;
      }
    }
  }
  hLen = 0;
  let h = hour;
  // 12-hour clocks: " AM"/" PM" or "AM"/"PM" directly.
  const sp = s.charCodeAt(q) === Char.SPACE ? q + 1 : q;
  const a = s.charCodeAt(sp) | Char.LOWER_CASE_BIT;
  if (
    (a === Char.LOWER_A || a === Char.LOWER_P) &&
    (s.charCodeAt(sp + 1) | Char.LOWER_CASE_BIT) === Char.LOWER_M &&
    !isLetter(s.charCodeAt(sp + 2))
  ) {
    if (hour < 1 || hour > 12) return -1;
    h = (hour % 12) + (a === Char.LOWER_P ? 12 : 0);
    q = sp + 2;
  }
  if (h > 24) return -1;
  st.hour = h;
  st.minute = minute;
  st.second = second === 60 ? 59 : second;
  if (allowZone) q = scanZone(s, q, st);
  return q;
}

function readFraction(s: string, p: number, n: number, st: Stamp): void {
  // Up to 9 digits matter: ms and the nanoseconds below them.
  let ns = 0;
  for (let i = 0; i < 9; i++) ns = ns * 10 + (i < n ? s.charCodeAt(p + i) - Char.DIGIT_0 : 0);
  st.ms = Math.floor(ns / 1_000_000);
  st.subMsNs = ns % 1_000_000;
}

/** Optional zone after a clock: Z, ±HH:MM, ±HHMM, ±HH, " UTC"/" GMT", " +0000". */
function scanZone(s: string, p: number, st: Stamp): number {
  let c = s.charCodeAt(p);
  if (c === Char.UPPER_Z || c === Char.LOWER_Z) {
    st.offset = 0;
    return p + 1;
  }
  let q = p;
  if (c === Char.SPACE) {
    // " UTC" / " GMT", compared by char code: a slice per stamp would allocate.
    const u = s.charCodeAt(p + 1);
    const isUtcWord =
      (u === Char.UPPER_U &&
        s.charCodeAt(p + 2) === Char.UPPER_T &&
        s.charCodeAt(p + 3) === Char.UPPER_C) ||
      (u === Char.UPPER_G &&
        s.charCodeAt(p + 2) === Char.UPPER_M &&
        s.charCodeAt(p + 3) === Char.UPPER_T);
    if (isUtcWord && !isLetter(s.charCodeAt(p + 4))) {
      st.offset = 0;
      q = p + 4;
      c = s.charCodeAt(q);
      if (c !== Char.PLUS && c !== Char.MINUS) return q;
    } else {
      c = s.charCodeAt(p + 1);
      if (c !== Char.PLUS && c !== Char.MINUS) return p;
      q = p + 1;
    }
  }
  if (c === Char.PLUS || c === Char.MINUS) {
    const sign = c === Char.MINUS ? -1 : 1;
    const hh = digits(s, q + 1, 2);
    if (hh < 0 || hh > 14) return p;
    let mm = 0;
    let e = q + 3;
    if (s.charCodeAt(e) === Char.COLON) {
      mm = digits(s, e + 1, 2);
      if (mm < 0) return p;
      e += 3;
    } else if (isDigit(s.charCodeAt(e))) {
      mm = digits(s, e, 2);
      if (mm < 0) return p;
      e += 2;
    }
    if (isDigit(s.charCodeAt(e))) return p;
    st.offset = sign * (hh * 60 + mm);
    return e;
  }
  return p;
}

/** Reads a timestamp starting exactly at p. Returns false when none is there. */
export function scanTimestamp(s: string, p: number, st: Stamp): boolean {
  resetStamp(st);
  const c = s.charCodeAt(p);
  if (isDigit(c)) return scanIso(s, p, st) || scanNumericStart(s, p, st);
  if (isLetter(c)) return scanNameStart(s, p, st);
  return false;
}

/** Two digits at p as a number, or -1. */
function two(s: string, p: number): number {
  const a = s.charCodeAt(p) - Char.DIGIT_0;
  const b = s.charCodeAt(p + 1) - Char.DIGIT_0;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The layout most logs use, "YYYY-MM-DD[T ]HH:MM:SS[.frac][Z|±HH:MM]", read at fixed
 * positions: the general scanner's result for it in a third of the time. Anything it is not
 * sure of (other separators, no seconds, what could be AM/PM after the clock) returns false,
 * touching nothing, and the general scanner reads it.
 */
function scanIso(s: string, p: number, st: Stamp): boolean {
  const y1 = two(s, p);
  const y2 = two(s, p + 2);
  if (y1 < 0 || y2 < 0 || s.charCodeAt(p + 4) !== Char.MINUS || s.charCodeAt(p + 7) !== Char.MINUS)
    return false;
  const month = two(s, p + 5);
  const day = two(s, p + 8);
  const t = s.charCodeAt(p + 10);
  if (month < 1 || month > 12 || day < 1 || day > 31 || (t !== Char.UPPER_T && t !== Char.SPACE))
    return false;
  const hour = two(s, p + 11);
  const minute = two(s, p + 14);
  const second = two(s, p + 17);
  if (s.charCodeAt(p + 13) !== Char.COLON || s.charCodeAt(p + 16) !== Char.COLON) return false;
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || second < 0 || second > 60) return false;
  let q = p + 19;
  let c = s.charCodeAt(q);
  let n = 0;
  if ((c === Char.DOT || c === Char.COMMA) && isDigit(s.charCodeAt(q + 1))) {
    n = digitRun(s, q + 1);
    q += 1 + n;
    c = s.charCodeAt(q);
  }
  // A letter (or a space and a letter) after the clock may be AM/PM, and ":ddd" a fraction:
  // the general reading decides those. Everything else goes to the zone reader, as there.
  if (isLetter(c) && c !== Char.UPPER_Z && c !== Char.LOWER_Z) return false;
  if (c === Char.COLON && isDigit(s.charCodeAt(q + 1))) return false;
  if (c === Char.SPACE) {
    const lower = s.charCodeAt(q + 1) | Char.LOWER_CASE_BIT;
    if (lower === Char.LOWER_A || lower === Char.LOWER_P) return false;
  }
  st.year = y1 * 100 + y2;
  st.month = month;
  st.day = day;
  st.hour = hour;
  st.minute = minute;
  st.second = second === 60 ? 59 : second;
  if (n > 0) readFraction(s, p + 20, n, st);
  st.end = scanZone(s, q, st);
  return true;
}

function scanNumericStart(s: string, p: number, st: Stamp): boolean {
  const run = digitRun(s, p);
  const sep = s.charCodeAt(p + run);
  if (run === 4 && (sep === Char.MINUS || sep === Char.SLASH || sep === Char.DOT))
    return scanYearFirst(s, p, st, sep);
  if ((run === 1 || run === 2) && (sep === Char.SLASH || sep === Char.DOT || sep === Char.MINUS)) {
    return scanDayOrMonthFirst(s, p, run, st, sep);
  }
  // "14 Mar 2026 09:12:31" (Redis, RFC 2822 bodies)
  if (
    (run === 1 || run === 2) &&
    sep === Char.SPACE &&
    isLetter(s.charCodeAt(p + run + 1)) &&
    monthFromName(s, p + run + 1) > 0
  ) {
    return scanDayOrMonthFirst(s, p, run, st, sep);
  }
  if (run === 8 && (sep === Char.SPACE || sep === Char.UPPER_T || sep === Char.MINUS))
    return scanCompact(s, p, st);
  if (run >= 9 && run <= 19) return scanEpoch(s, p, run, st);
  return false;
}

/** YYYY-MM-DD[T ]HH:MM[:SS…] and YYYY/MM/DD, YYYY.MM.DD. */
function scanYearFirst(s: string, p: number, st: Stamp, sep: number): boolean {
  const year = digits(s, p, 4);
  const mLen = digitRun(s, p + 5);
  if (mLen < 1 || mLen > 2) return false;
  const month = digits(s, p + 5, mLen);
  let q = p + 5 + mLen;
  if (s.charCodeAt(q) !== sep) return false;
  const dLen = digitRun(s, q + 1);
  if (dLen < 1 || dLen > 2) return false;
  const day = digits(s, q + 1, dLen);
  q += 1 + dLen;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  st.year = year;
  st.month = month;
  st.day = day;
  const t = s.charCodeAt(q);
  // Date-only stamps are allowed (CSV exports); the clock is midnight.
  if (
    t === Char.UPPER_T ||
    t === Char.SPACE ||
    t === Char.UNDERSCORE ||
    (t === Char.COLON && sep === Char.SLASH) ||
    (t === Char.MINUS && sep === Char.DOT)
  ) {
    const e = scanClock(s, q + 1, st, true);
    if (e < 0) {
      st.end = q;
      return !isDigit(t);
    }
    st.end = e;
    return true;
  }
  if (isDigit(t)) return false;
  st.end = q;
  return true;
}

/** DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY, DD-Mon-YYYY, yy/MM/dd followed by a clock. */
function scanDayOrMonthFirst(s: string, p: number, run: number, st: Stamp, sep: number): boolean {
  const a = digits(s, p, run);
  let q = p + run + 1;
  const m = monthFromName(s, q);
  if (m > 0 && isLetter(s.charCodeAt(q))) {
    // 14-Mar-2026 10:00:00 or 14/Mar/2026:10:00:00 +0100 (CLF)
    let e = q + 3;
    while (isLetter(s.charCodeAt(e))) e++;
    if (s.charCodeAt(e) !== sep) return false;
    const yLen = digitRun(s, e + 1);
    if (yLen !== 4 && yLen !== 2) return false;
    setYear(st, digits(s, e + 1, yLen), yLen);
    st.month = m;
    st.day = a;
    e += 1 + yLen;
    const t = s.charCodeAt(e);
    if (t === Char.COLON || t === Char.SPACE || t === Char.UPPER_T) {
      const ce = scanClock(s, e + 1, st, true);
      if (ce < 0) return false;
      st.end = ce;
    } else st.end = e;
    return a >= 1 && a <= 31;
  }
  const bLen = digitRun(s, q);
  if (bLen < 1 || bLen > 2 || s.charCodeAt(q + bLen) !== sep) return false;
  const b = digits(s, q, bLen);
  q += bLen + 1;
  const yLen = digitRun(s, q);
  if (yLen !== 4 && yLen !== 2) return false;
  const y = digits(s, q, yLen);
  q += yLen;
  if (
    yLen === 2 &&
    run === 2 &&
    sep === Char.SLASH &&
    (s.charCodeAt(q) === Char.SPACE || s.charCodeAt(q) === Char.UPPER_T)
  ) {
    // Spark/log4j "yy/MM/dd HH:mm:ss": the year comes first.
    setYear(st, a, 2);
    st.month = b;
    st.day = y;
    if (b < 1 || b > 12 || y < 1 || y > 31) return false;
  } else {
    setYear(st, y, yLen);
    if (a > 31 || b > 31 || a < 1 || b < 1 || (a > 12 && b > 12)) return false;
    // Read month-first for now; resolve.ts swaps when the source shows day-first.
    st.isDayMonthAmbiguous = true;
    st.isReadDayFirst = false;
    st.month = a;
    st.day = b;
  }
  const t = s.charCodeAt(q);
  if (t === Char.SPACE || t === Char.UPPER_T || t === Char.COLON || t === Char.MINUS) {
    const e = scanClock(s, q + 1, st, true);
    if (e >= 0) {
      st.end = e;
      return true;
    }
  }
  if (isDigit(t)) return false;
  st.end = q;
  return true;
}

function setYear(st: Stamp, y: number, len: number): void {
  st.year = y;
  st.isTwoDigitYear = len === 2;
}

/** YYYYMMDD[ T-]HH:MM:SS (glog-style compact date). */
function scanCompact(s: string, p: number, st: Stamp): boolean {
  const year = digits(s, p, 4);
  const month = digits(s, p + 4, 2);
  const day = digits(s, p + 6, 2);
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const e = scanClock(s, p + 9, st, true);
  if (e < 0) return false;
  st.year = year;
  st.month = month;
  st.day = day;
  st.end = e;
  return true;
}

/** Month-name starts: "Mar 14 09:12:31", "Sat Mar 14 10:12:03.1 2026", "Mar 14, 2026 9:10:06 AM". */
/** scanTimestamp without the fixed-position ISO reader (the reference it is tested against). */
export function scanTimestampGeneral(s: string, p: number, st: Stamp): boolean {
  resetStamp(st);
  const c = s.charCodeAt(p);
  if (isDigit(c)) return scanNumericStart(s, p, st);
  if (isLetter(c)) return scanNameStart(s, p, st);
  return false;
}

function scanNameStart(s: string, p: number, st: Stamp): boolean {
  let q = p;
  if (isWeekdayName(s, q)) {
    let e = q + 3;
    while (isLetter(s.charCodeAt(e))) e++;
    if (s.charCodeAt(e) === Char.COMMA) e++;
    if (s.charCodeAt(e) !== Char.SPACE) return false;
    q = e + 1;
    // RFC 2822: "Sat, 14 Mar 2026 09:10:06 +0000"
    if (isDigit(s.charCodeAt(q))) return scanNumericStart(s, q, st);
  }
  const month = monthFromName(s, q);
  if (month === 0) return false;
  let e = q + 3;
  while (isLetter(s.charCodeAt(e))) e++;
  if (s.charCodeAt(e) === Char.DOT) e++;
  if (s.charCodeAt(e) !== Char.SPACE) return false;
  e++;
  if (s.charCodeAt(e) === Char.SPACE) e++; // space-padded day
  const dLen = digitRun(s, e);
  if (dLen < 1 || dLen > 2) return false;
  const day = digits(s, e, dLen);
  if (day < 1 || day > 31) return false;
  e += dLen;
  st.month = month;
  st.day = day;
  // "Mar 14, 2026 9:10:06 AM" or "Mar 14 2026 09:10:06"
  let hasYear = false;
  if (s.charCodeAt(e) === Char.COMMA) e++;
  if (
    s.charCodeAt(e) === Char.SPACE &&
    digitRun(s, e + 1) === 4 &&
    s.charCodeAt(e + 5) !== Char.COLON
  ) {
    st.year = digits(s, e + 1, 4);
    hasYear = true;
    e += 5;
  }
  if (s.charCodeAt(e) !== Char.SPACE) return false;
  const ce = scanClock(s, e + 1, st, false);
  if (ce < 0) return false;
  e = ce;
  if (!hasYear) {
    // ctime puts the year after the clock: "Sat Mar 14 10:12:03.123456 2026".
    if (
      s.charCodeAt(e) === Char.SPACE &&
      digitRun(s, e + 1) === 4 &&
      !isDigit(s.charCodeAt(e + 5))
    ) {
      st.year = digits(s, e + 1, 4);
      e += 5;
    } else {
      st.isYearMissing = true;
    }
  }
  st.end = scanZone(s, e, st);
  return true;
}
