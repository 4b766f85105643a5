// The event record. A class with every field assigned in the constructor keeps one hidden
// class for all events, which matters when a source yields hundreds of thousands of them.

import type { AssumptionFlag, IngestEvent, Level } from "./types";

/** Rebuilds an event's attributes from its first source line (the line its parser read). */
export type AttributeReader = (line: string) => Record<string, unknown> | undefined;

export class EventRecord implements IngestEvent {
  time: number;
  timeNs: string | undefined = undefined;
  timeText: string;
  flags: readonly AssumptionFlag[];
  service: string | undefined;
  host: string | undefined;
  level: Level | undefined;
  message: string;
  raw: string;
  source: string;
  firstLine: number;
  lastLine: number;
  traceId: string | undefined = undefined;
  spanId: string | undefined = undefined;
  parentSpanId: string | undefined = undefined;
  // Attributes of structured lines (JSON, logfmt, CSV, access) are rebuilt from the line on
  // first access instead of being kept per event: most callers never read them, and keeping
  // one object graph per line alive made garbage collection the largest cost of parsing.
  private attributeValue: Record<string, unknown> | undefined = undefined;
  private attributeReader: AttributeReader | undefined = undefined;

  constructor(
    time: number,
    timeText: string,
    flags: readonly AssumptionFlag[],
    level: Level | undefined,
    message: string,
    raw: string,
    source: string,
    line: number,
  ) {
    this.time = time;
    this.timeText = timeText;
    this.flags = flags;
    this.service = undefined;
    this.host = undefined;
    this.level = level;
    this.message = message;
    this.raw = raw;
    this.source = source;
    this.firstLine = line;
    this.lastLine = line;
  }

  /** Makes this object a new event (the one scratch event of a counting-only source). */
  reset(
    time: number,
    timeText: string,
    flags: readonly AssumptionFlag[],
    level: Level | undefined,
    message: string,
    raw: string,
    line: number,
  ): void {
    this.time = time;
    this.timeNs = undefined;
    this.timeText = timeText;
    this.flags = flags;
    this.service = undefined;
    this.host = undefined;
    this.level = level;
    this.message = message;
    this.raw = raw;
    this.firstLine = line;
    this.lastLine = line;
    this.traceId = undefined;
    this.spanId = undefined;
    this.parentSpanId = undefined;
    this.attributeValue = undefined;
    this.attributeReader = undefined;
  }

  get attributes(): Record<string, unknown> | undefined {
    const reader = this.attributeReader;
    if (reader) {
      this.attributeReader = undefined;
      const nl = this.raw.indexOf("\n");
      try {
        this.attributeValue = reader(nl < 0 ? this.raw : this.raw.slice(0, nl));
      } catch {
        this.attributeValue = undefined;
      }
    }
    return this.attributeValue;
  }

  set attributes(value: Record<string, unknown> | undefined) {
    this.attributeReader = undefined;
    this.attributeValue = value;
  }

  /** Attributes to be read from the event's first raw line when first asked for. */
  readAttributesLater(reader: AttributeReader): void {
    this.attributeValue = undefined;
    this.attributeReader = reader;
  }
}

// Flags are kept as a bit mask while parsing; each distinct mask maps to one shared frozen
// array so events do not each carry their own.
export const FLAG_ORDER: readonly AssumptionFlag[] = [
  "zone-assumed",
  "year-inferred",
  "two-digit-year",
  "day-month-guessed",
  "relative-time",
  "out-of-order",
  "truncated",
];

export const FLAG = {
  zoneAssumed: 1,
  yearInferred: 2,
  twoDigitYear: 4,
  dayMonthGuessed: 8,
  relativeTime: 16,
  outOfOrder: 32,
  truncated: 64,
} as const;

const flagArrays: (readonly AssumptionFlag[])[] = [];

export function flagsFromMask(mask: number): readonly AssumptionFlag[] {
  let arr = flagArrays[mask];
  if (!arr) {
    const list: AssumptionFlag[] = [];
    FLAG_ORDER.forEach((flag, bit) => {
      if (mask & (1 << bit)) list.push(flag);
    });
    arr = Object.freeze(list);
    flagArrays[mask] = arr;
  }
  return arr;
}
