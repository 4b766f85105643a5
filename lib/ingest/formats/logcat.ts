// Android logcat, `threadtime` (the default of `adb logcat`):
// "03-14 09:10:06.377  1234  1250 I ActivityManager: Start proc …": month-day, local time
// without a year or zone, pid, tid, one letter for the level, the tag (padded), then ": ".

import { Char } from "../chars";
import type { DecodedLine, StatelessLineFormat } from "../line-format";
import type { Stamp } from "../time/scan";
import type { Level } from "../types";

const LEVELS: Record<string, Level> = {
  V: "trace",
  D: "debug",
  I: "info",
  W: "warn",
  E: "error",
  F: "fatal",
  A: "fatal",
};
const THREADTIME = /^\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} +\d+ +\d+ [VDIWEFA] [^:]*: /;
const STAMP_END = 18;

/** Value of two digits at p, or -1. */
function two(line: string, p: number): number {
  const a = line.charCodeAt(p);
  const b = line.charCodeAt(p + 1);
  if (a < Char.DIGIT_0 || a > Char.DIGIT_9 || b < Char.DIGIT_0 || b > Char.DIGIT_9) return -1;
  return (a - Char.DIGIT_0) * 10 + (b - Char.DIGIT_0);
}

/** Index after a run of spaces then digits at p, or -1 when there are no digits. */
function number(line: string, p: number): number {
  let q = p;
  while (line.charCodeAt(q) === Char.SPACE) q++;
  const start = q;
  while (line.charCodeAt(q) >= Char.DIGIT_0 && line.charCodeAt(q) <= Char.DIGIT_9) q++;
  return q > start ? q : -1;
}

/** Bounds of pid, tid and tag, filled by readHead(). */
const head = { pidEnd: 0, tidEnd: 0, level: "", tagEnd: 0 };

/** Reads "  pid  tid L tag: " after the stamp; returns where the message starts, or -1. */
function readHead(line: string): number {
  const pidEnd = number(line, STAMP_END);
  const tidEnd = pidEnd < 0 ? -1 : number(line, pidEnd);
  if (
    tidEnd < 0 ||
    line.charCodeAt(tidEnd) !== Char.SPACE ||
    line.charCodeAt(tidEnd + 2) !== Char.SPACE
  )
    return -1;
  const level = line[tidEnd + 1] ?? "";
  const tagEnd = line.indexOf(": ", tidEnd + 3);
  if (!LEVELS[level] || tagEnd < 0) return -1;
  head.pidEnd = pidEnd;
  head.tidEnd = tidEnd;
  head.level = level;
  head.tagEnd = tagEnd;
  return tagEnd + 2;
}

function scanTime(line: string, st: Stamp): number {
  const month = two(line, 0);
  const day = two(line, 3);
  const hour = two(line, 6);
  const minute = two(line, 9);
  const second = two(line, 12);
  const msTens = two(line, 15);
  const msUnit = line.charCodeAt(17) - Char.DIGIT_0;
  const ms = msTens * 10 + msUnit;
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31 ||
    hour < 0 ||
    minute < 0 ||
    second < 0 ||
    msTens < 0 ||
    !(msUnit >= 0 && msUnit <= 9) ||
    line.charCodeAt(2) !== Char.MINUS ||
    line.charCodeAt(5) !== Char.SPACE ||
    line.charCodeAt(8) !== Char.COLON ||
    line.charCodeAt(11) !== Char.COLON ||
    line.charCodeAt(14) !== Char.DOT
  )
    return -1;
  const textStart = readHead(line);
  if (textStart < 0) return -1;
  st.year = 0;
  st.isYearMissing = true;
  st.isTwoDigitYear = false;
  st.isDayMonthAmbiguous = false;
  st.month = month;
  st.day = day;
  st.hour = hour;
  st.minute = minute;
  st.second = second;
  st.ms = ms;
  st.subMsNs = 0;
  st.offset = NaN;
  st.epochMs = NaN;
  st.epochNs = "";
  st.end = STAMP_END;
  return textStart;
}

function decode(line: string, _st: Stamp, textStart: number, out: DecodedLine): void {
  readHead(line);
  const { pidEnd, tidEnd, level, tagEnd } = head;
  out.timeText = line.slice(0, STAMP_END);
  out.level = LEVELS[level];
  out.message = line.slice(textStart);
  out.service = line.slice(tidEnd + 3, tagEnd).trimEnd() || undefined;
  out.attributes = {
    pid: line.slice(STAMP_END, pidEnd).trim(),
    tid: line.slice(pidEnd, tidEnd).trim(),
  };
}

export const logcat: StatelessLineFormat = {
  id: "logcat",
  label: "Android logcat (threadtime)",
  detectionOrder: 180,
  sample: [
    "03-14 09:10:06.377  1234  1250 I ActivityManager: Start proc 4321:com.example.pay/u0a123",
    "03-14 09:11:41.003  4321  4399 E PaymentClient: request failed: timeout after 2000ms",
    "03-14 09:11:41.010  4321  4321 W Choreographer: Skipped 31 frames!",
  ],
  test: (line) => THREADTIME.test(line),
  foldsAnything: false,
  isOrdered: true,
  scanTime,
  decode,
};
