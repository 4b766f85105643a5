// Transcripts copied from the Slack desktop app: a date divider ("Saturday, March 14th",
// "Today"), then per message a name line, a time line ("9:14 AM") and the message lines; a
// grouped follow-up by the same person has only a bare time ("9:17"). Times are the copier's
// local time (the source zone) with minute precision and usually no year.

import { DateTime } from "luxon";
import type { ParseContext } from "../line-format";
import { isBlank } from "../lines";
import { monthFromName } from "../time/civil";
import { newStamp } from "../time/scan";
import type { StatefulLineFormat } from "../line-format";

const DIVIDER =
  /^(?:(Today|Yesterday)|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?([A-Z][a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?)$/;
const TIME = /^\[?(\d{1,2}):(\d\d)(?:\s?([AaPp][Mm]))?\]?$/;
const NAME_AND_TIME = /^(\S.{0,60}?)\s+\[?(\d{1,2}):(\d\d)\s?([AaPp][Mm])\]?$/;

function looksLikeName(line: string): boolean {
  return (
    line.length > 0 &&
    line.length <= 40 &&
    !/[.:!?,]$/.test(line) &&
    line.split(" ").length <= 4 &&
    !TIME.test(line)
  );
}

function toHour(hour: number, ampm: string | undefined): number {
  if (!ampm) return hour;
  const isPm = ampm.toLowerCase() === "pm";
  return (hour % 12) + (isPm ? 12 : 0);
}

function parseAll(ctx: ParseContext): void {
  const lines = ctx.lines.slice();
  const hasAmPm = lines.some((l) => /^\d{1,2}:\d\d\s?[AP]M$/i.test(l));
  const st = newStamp();
  const refLocal = DateTime.fromMillis(ctx.reference, { zone: ctx.zone });
  let date = { year: refLocal.year, month: refLocal.month, day: refLocal.day, isYearKnown: true };
  let isDateFromDivider = false;
  let lastMinuteOfDay = -1;
  let author: string | undefined;
  let inMessage = false;

  const start = (
    lineNo: number,
    hourText: string,
    minuteText: string,
    ampm: string | undefined,
    timeText: string,
  ) => {
    const hour = toHour(Number(hourText), ampm);
    const minute = Number(minuteText);
    const minuteOfDay = hour * 60 + minute;
    // Without a divider, a clock running backwards by hours means the transcript crossed midnight.
    if (lastMinuteOfDay >= 0 && minuteOfDay < lastMinuteOfDay - 360) {
      const next = DateTime.utc(date.year, date.month, date.day).plus({ days: 1 });
      date = { year: next.year, month: next.month, day: next.day, isYearKnown: date.isYearKnown };
    }
    lastMinuteOfDay = minuteOfDay;
    st.year = date.year;
    st.month = date.month;
    st.day = date.day;
    st.hour = hour;
    st.minute = minute;
    st.second = 0;
    st.ms = 0;
    st.subMsNs = 0;
    st.offset = NaN;
    st.isYearMissing = !date.isYearKnown;
    st.isTwoDigitYear = false;
    st.isDayMonthAmbiguous = false;
    st.epochMs = NaN;
    st.epochNs = "";
    const event = ctx.emit(st, timeText, lineNo, undefined, "");
    event.attributes = { author, dateFromDivider: isDateFromDivider };
    event.service = undefined;
    inMessage = true;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const lineNo = i + 1;
    const divider = DIVIDER.exec(line);
    if (divider && monthOrRelative(divider)) {
      if (divider[1]) {
        const d = divider[1] === "Today" ? refLocal : refLocal.minus({ days: 1 });
        date = { year: d.year, month: d.month, day: d.day, isYearKnown: true };
      } else {
        date = {
          year: divider[4] ? Number(divider[4]) : refLocal.year,
          month: monthFromName(divider[2] ?? "", 0),
          day: Number(divider[3]),
          isYearKnown: divider[4] !== undefined,
        };
      }
      isDateFromDivider = true;
      lastMinuteOfDay = -1;
      ctx.skip(lineNo);
      inMessage = false;
      ctx.current = undefined;
      continue;
    }
    const next = (lines[i + 1] ?? "").trim();
    const nextTime = TIME.exec(next);
    if (nextTime && looksLikeName(line) && (hasAmPm ? nextTime[3] !== undefined : true)) {
      author = line;
      start(lineNo, nextTime[1] ?? "0", nextTime[2] ?? "0", nextTime[3], next);
      ctx.fold(lineNo + 1);
      i++;
      continue;
    }
    const time = TIME.exec(line);
    if (time) {
      start(lineNo, time[1] ?? "0", time[2] ?? "0", time[3], line);
      continue;
    }
    const nameTime = NAME_AND_TIME.exec(line);
    if (nameTime) {
      author = nameTime[1];
      start(
        lineNo,
        nameTime[2] ?? "0",
        nameTime[3] ?? "0",
        nameTime[4],
        line.slice((nameTime[1] ?? "").length).trim(),
      );
      continue;
    }
    const current = ctx.current;
    if (inMessage && current) {
      current.message = current.message === "" ? line : `${current.message}\n${line}`;
      ctx.fold(lineNo);
    } else if (isBlank(line)) ctx.skip(lineNo);
    else ctx.reject(lineNo);
  }
  for (const event of ctx.events) {
    if (event.message.endsWith(" (edited)")) {
      event.message = event.message.slice(0, -9);
      if (event.attributes) event.attributes.edited = true;
    }
  }
}

function monthOrRelative(m: RegExpExecArray): boolean {
  return m[1] !== undefined || monthFromName(m[2] ?? "", 0) > 0;
}

export const slack: StatefulLineFormat = {
  id: "slack",
  label: "Slack transcript",
  detectionOrder: 220,
  sample: [
    "Saturday, March 14th",
    "Alice Martin",
    "9:14 AM",
    "payments-api is throwing 503s, looking",
    "Bob Chen",
    "9:15 AM",
    "checking the flag rollout",
    "9:17",
    "rolled back? not yet",
  ],
  test: () => false,
  detectSource: (lines) => (looksLikeSlack(lines.slice(0, 400)) ? 0.8 : 0),
  foldsAnything: true,
  refills: false,
  isOrdered: true,
  create: () => ({ parse: () => 0 }),
  parseAll,
};

/** Whole-source check: several time-only lines, each after a name or another message. */
export function looksLikeSlack(lines: readonly string[]): boolean {
  let times = 0;
  let nameTimes = 0;
  const limit = Math.min(lines.length, 400);
  for (let i = 0; i < limit; i++) {
    const line = (lines[i] ?? "").trim();
    if (TIME.test(line)) {
      times++;
      if (i > 0 && looksLikeName((lines[i - 1] ?? "").trim())) nameTimes++;
    }
  }
  return times >= 2 && nameTimes >= 1 && times * 12 >= limit * 0.5
    ? true
    : times >= 3 && nameTimes >= 2;
}
