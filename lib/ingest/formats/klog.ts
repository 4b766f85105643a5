// klog (Kubernetes) "I0314 09:13:21.447120    1187 prober.go:107] msg" — no year, no zone —
// and glog "I20260314 09:13:21.447120 1187 main.cc:9] msg" with the year. Both usually UTC.

import type { Level } from "../types";
import type { Stamp } from "../time/scan";
import type { DecodedLine, StampReader, StatelessLineFormat } from "../line-format";
import { Char } from "../chars";

const KLOG = /^([IWEF])(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))? +(\d+) ([^\s\]]+)\] ?/;
const GLOG =
  /^([IWEF])(\d{4})(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))? +(\d+) ([^\s\]]+)\] ?/;

const LEVELS: Record<string, Level> = { I: "info", W: "warn", E: "error", F: "fatal" };

function num(line: string, p: number, n: number): number {
  let v = 0;
  for (let i = p; i < p + n; i++) {
    const c = line.charCodeAt(i) - Char.DIGIT_0;
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** After the stamp: spaces, the pid, a space; then "file:line] ". */
interface Head {
  pidStart: number;
  pidEnd: number;
  /** Index of the "]" closing the caller. */
  close: number;
}
const head: Head = { pidStart: 0, pidEnd: 0, close: 0 };
/** The line `head` was read from (decode() follows scanTime() on the same line). */
let headLine: string | undefined;

/** Checks the head after the stamp; with `keep`, leaves its bounds in `head` for decode(). */
function readHead(line: string, stampEnd: number, keep: boolean): boolean {
  let p = stampEnd;
  while (line.charCodeAt(p) === Char.SPACE) p++;
  const pidStart = p;
  while (line.charCodeAt(p) >= Char.DIGIT_0 && line.charCodeAt(p) <= Char.DIGIT_9) p++;
  if (p === pidStart || line.charCodeAt(p) !== Char.SPACE) return false;
  const close = line.indexOf("] ", p + 1);
  const closeAtEnd = close < 0 && line.endsWith("]") ? line.length - 1 : close;
  if (closeAtEnd < 0) return false;
  if (keep) {
    head.pidStart = pidStart;
    head.pidEnd = p;
    head.close = closeAtEnd;
    headLine = line;
  }
  return true;
}

// Read by position rather than with KLOG/GLOG (kept for detection): a ten-group regex and
// ten Number() calls per line cost more than the rest of the line's work.
function scanTime(withYear: boolean) {
  const dateLen = withYear ? 8 : 4;
  return (line: string, st: Stamp, reader: StampReader): number => {
    if (!LEVELS[line[0] ?? ""]) return -1;
    const y = withYear ? num(line, 1, 4) : 0;
    const month = num(line, 1 + dateLen - 4, 2);
    const day = num(line, 3 + dateLen - 4, 2);
    let p = 1 + dateLen;
    if (
      y < 0 ||
      month < 1 ||
      month > 12 ||
      day < 1 ||
      day > 31 ||
      line.charCodeAt(p) !== Char.SPACE
    )
      return -1;
    const hour = num(line, p + 1, 2);
    const minute = num(line, p + 4, 2);
    const second = num(line, p + 7, 2);
    if (
      hour < 0 ||
      minute < 0 ||
      second < 0 ||
      line.charCodeAt(p + 3) !== Char.COLON ||
      line.charCodeAt(p + 6) !== Char.COLON
    ) {
      return -1;
    }
    p += 9;
    let ns = 0;
    if (line.charCodeAt(p) === Char.DOT) {
      let digits = 0;
      p++;
      for (; digits < 9; digits++, p++) {
        const c = line.charCodeAt(p) - Char.DIGIT_0;
        if (!(c >= 0 && c <= 9)) break;
        ns = ns * 10 + c;
      }
      for (let i = digits; i < 9; i++) ns *= 10;
    }
    if (!readHead(line, p, !reader.isLite)) return -1;
    st.year = y;
    st.isYearMissing = !withYear;
    st.isTwoDigitYear = false;
    st.isDayMonthAmbiguous = false;
    st.month = month;
    st.day = day;
    st.hour = hour;
    st.minute = minute;
    st.second = second;
    st.ms = Math.floor(ns / 1_000_000);
    st.subMsNs = ns % 1_000_000;
    st.offset = NaN;
    st.epochMs = NaN;
    st.epochNs = "";
    st.end = p;
    return p;
  };
}

function decode(line: string, _st: Stamp, stampEnd: number, out: DecodedLine): void {
  if (line !== headLine) readHead(line, stampEnd, true);
  const { pidStart, pidEnd, close } = head;
  out.timeText = line.slice(1, stampEnd);
  out.level = LEVELS[line[0] ?? ""];
  out.message = line.slice(Math.min(line.length, close + 2));
  out.attributes = { pid: line.slice(pidStart, pidEnd), caller: line.slice(pidEnd + 1, close) };
}

export const klog: StatelessLineFormat = {
  id: "klog",
  label: "klog (Kubernetes)",
  detectionOrder: 110,
  sample: [
    'I0314 09:13:21.447120    1187 prober.go:107] "Probe failed" probeType="Liveness" pod="payments/payments-api-x2k4q"',
    "E0314 09:16:01.002113    1187 kuberuntime_container.go:779] killing container",
  ],
  test: (line) => KLOG.test(line),
  foldsAnything: true,
  isOrdered: true,
  scanTime: scanTime(false),
  decode,
};

export const glog: StatelessLineFormat = {
  id: "glog",
  label: "glog",
  detectionOrder: 120,
  sample: [
    "I20260314 09:13:21.447120 1187 main.cc:9] server started",
    "W20260314 09:13:22.000001 1187 pool.cc:41] pool low",
  ],
  test: (line) => GLOG.test(line),
  foldsAnything: true,
  isOrdered: true,
  scanTime: scanTime(true),
  decode,
};
