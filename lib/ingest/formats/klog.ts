// klog (Kubernetes) "I0314 09:13:21.447120    1187 prober.go:107] msg" — no year, no zone —
// and glog "I20260314 09:13:21.447120 1187 main.cc:9] msg" with the year. Both usually UTC.

import type { Level } from "../types";
import { newStamp } from "../time/scan";
import {
  ENTRY,
  NOT_ENTRY,
  type LineFormat,
  type LineParser,
  type ParseContext,
} from "../line-format";
import { SPACE, DOT, DIGIT_0, DIGIT_9, COLON } from "../chars";

const KLOG = /^([IWEF])(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))? +(\d+) ([^\s\]]+)\] ?/;
const GLOG =
  /^([IWEF])(\d{4})(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))? +(\d+) ([^\s\]]+)\] ?/;

const LEVELS: Record<string, Level> = { I: "info", W: "warn", E: "error", F: "fatal" };

function num(line: string, p: number, n: number): number {
  let v = 0;
  for (let i = p; i < p + n; i++) {
    const c = line.charCodeAt(i) - DIGIT_0;
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

// Parsed by position rather than with KLOG/GLOG (kept for detection): a ten-group regex and
// ten Number() calls per line cost more than the rest of the line's work.
function create(withYear: boolean) {
  return (ctx: ParseContext): LineParser => {
    const st = newStamp();
    const dateLen = withYear ? 8 : 4;
    return {
      parse(line, lineNo) {
        const level = LEVELS[line[0] ?? ""];
        if (!level) return NOT_ENTRY;
        const y = withYear ? num(line, 1, 4) : 0;
        const month = num(line, 1 + dateLen - 4, 2);
        const day = num(line, 3 + dateLen - 4, 2);
        let p = 1 + dateLen;
        if (y < 0 || month < 1 || month > 12 || day < 1 || day > 31 || line.charCodeAt(p) !== SPACE)
          return NOT_ENTRY;
        const hour = num(line, p + 1, 2);
        const minute = num(line, p + 4, 2);
        const second = num(line, p + 7, 2);
        if (
          hour < 0 ||
          minute < 0 ||
          second < 0 ||
          line.charCodeAt(p + 3) !== COLON ||
          line.charCodeAt(p + 6) !== COLON
        ) {
          return NOT_ENTRY;
        }
        p += 9;
        let ns = 0;
        if (line.charCodeAt(p) === DOT) {
          let digits = 0;
          p++;
          for (; digits < 9; digits++, p++) {
            const c = line.charCodeAt(p) - DIGIT_0;
            if (!(c >= 0 && c <= 9)) break;
            ns = ns * 10 + c;
          }
          for (let i = digits; i < 9; i++) ns *= 10;
        }
        const stampEnd = p;
        while (line.charCodeAt(p) === SPACE) p++;
        const pidStart = p;
        while (line.charCodeAt(p) >= DIGIT_0 && line.charCodeAt(p) <= DIGIT_9) p++;
        if (p === pidStart || line.charCodeAt(p) !== SPACE) return NOT_ENTRY;
        const pidEnd = p;
        const close = line.indexOf("] ", p + 1);
        const closeAtEnd = close < 0 && line.endsWith("]") ? line.length - 1 : close;
        if (closeAtEnd < 0) return NOT_ENTRY;
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
        if (ctx.isLite) {
          ctx.emit(st, "", lineNo, undefined, "");
          return ENTRY;
        }
        const event = ctx.emit(
          st,
          line.slice(1, stampEnd),
          lineNo,
          level,
          line.slice(Math.min(line.length, closeAtEnd + 2)),
        );
        event.attributes = {
          pid: line.slice(pidStart, pidEnd),
          caller: line.slice(pidEnd + 1, closeAtEnd),
        };
        return ENTRY;
      },
    };
  };
}

export const klog: LineFormat = {
  id: "klog",
  label: "klog (Kubernetes)",
  test: (line) => KLOG.test(line),
  foldsAnything: true,
  refills: true,
  isOrdered: true,
  create: create(false),
};

export const glog: LineFormat = {
  id: "glog",
  label: "glog",
  test: (line) => GLOG.test(line),
  foldsAnything: true,
  refills: true,
  isOrdered: true,
  create: create(true),
};
