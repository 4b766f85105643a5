// klog (Kubernetes) "I0314 09:13:21.447120    1187 prober.go:107] msg" — no year, no zone —
// and glog "I20260314 09:13:21.447120 1187 main.cc:9] msg" with the year. Both usually UTC.

import type { SourceContext } from "../context";
import type { Level } from "../types";
import { newStamp } from "../time/scan";
import { ENTRY, NOT_ENTRY, type LineFormat, type LineParser } from "./format";

const KLOG = /^([IWEF])(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))? +(\d+) ([^\s\]]+)\] ?/;
const GLOG =
  /^([IWEF])(\d{4})(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))? +(\d+) ([^\s\]]+)\] ?/;

const LEVELS: Record<string, Level> = { I: "info", W: "warn", E: "error", F: "fatal" };

function create(withYear: boolean) {
  return (ctx: SourceContext): LineParser => {
    const st = newStamp();
    return {
      parse(line, lineNo) {
        const m = (withYear ? GLOG : KLOG).exec(line);
        if (!m) return NOT_ENTRY;
        const o = withYear ? 1 : 0;
        st.year = withYear ? Number(m[2]) : 0;
        st.isYearMissing = !withYear;
        st.isTwoDigitYear = false;
        st.isDayMonthAmbiguous = false;
        st.month = Number(m[2 + o]);
        st.day = Number(m[3 + o]);
        st.hour = Number(m[4 + o]);
        st.minute = Number(m[5 + o]);
        st.second = Number(m[6 + o]);
        const frac = ((m[7 + o] ?? "") + "000000000").slice(0, 9);
        st.ms = Number(frac.slice(0, 3));
        st.subMsNs = Number(frac.slice(3));
        st.offset = NaN;
        st.epochMs = NaN;
        st.epochNs = "";
        const stampEnd = m[0].indexOf(" ", m[0].indexOf(" ") + 1);
        const event = ctx.emit(
          st,
          line.slice(1, stampEnd),
          lineNo,
          LEVELS[m[1] ?? "I"],
          line.slice(m[0].length),
        );
        event.attributes = { pid: m[8 + o], caller: m[9 + o] };
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
  isOrdered: true,
  create: create(false),
};

export const glog: LineFormat = {
  id: "glog",
  label: "glog",
  test: (line) => GLOG.test(line),
  foldsAnything: true,
  isOrdered: true,
  create: create(true),
};
