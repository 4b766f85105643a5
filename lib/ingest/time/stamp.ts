// The scanner's output record. One per parser, reused for every line, so scanning allocates
// nothing; interpretation (zones, years, day/month order) happens in context.ts and resolve.ts.

export interface Stamp {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Nanoseconds below the millisecond (0..999999), for exact trace times. */
  subMsNs: number;
  /** Offset east of UTC in minutes; NaN when the stamp carries no zone. */
  offset: number;
  /** Index just after the stamp. */
  end: number;
  isYearMissing: boolean;
  isTwoDigitYear: boolean;
  /** Both of the first two numeric date fields are ≤ 12 or the order is not known yet: day/month may swap. */
  isDayMonthAmbiguous: boolean;
  /** When ambiguous: true when the text put the first field in `day` (day-first reading). */
  isReadDayFirst: boolean;
  /** Epoch stamps: the instant in ms and exact ns, already absolute. */
  epochMs: number;
  epochNs: string;
}

export function newStamp(): Stamp {
  return {
    year: 0,
    month: 0,
    day: 0,
    hour: 0,
    minute: 0,
    second: 0,
    ms: 0,
    subMsNs: 0,
    offset: NaN,
    end: 0,
    isYearMissing: false,
    isTwoDigitYear: false,
    isDayMonthAmbiguous: false,
    isReadDayFirst: false,
    epochMs: NaN,
    epochNs: "",
  };
}

export function resetStamp(st: Stamp): void {
  st.year = 0;
  st.month = 0;
  st.day = 0;
  st.hour = 0;
  st.minute = 0;
  st.second = 0;
  st.ms = 0;
  st.subMsNs = 0;
  st.offset = NaN;
  st.isYearMissing = false;
  st.isTwoDigitYear = false;
  st.isDayMonthAmbiguous = false;
  st.isReadDayFirst = false;
  st.epochMs = NaN;
  st.epochNs = "";
}
