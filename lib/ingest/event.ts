// The event record. Classes with every field assigned in the constructor keep one hidden
// class for all events, which matters when a source yields hundreds of thousands of them.

import type { AssumptionFlag, IngestEvent, Level } from "./types";

/** Rebuilds an event's attributes from its first source line (the line its parser read). */
export type AttributeReader = (line: string) => Record<string, unknown> | undefined;

/** Everything about an event besides its time, flags and place: decoded when first read. */
export class EventDetail {
  timeNs: string | undefined = undefined;
  timeText = "";
  service: string | undefined = undefined;
  host: string | undefined = undefined;
  level: Level | undefined = undefined;
  message = "";
  /** undefined: the event's lines as they stand in the source. */
  raw: string | undefined = undefined;
  /** The event's first line as its parser read it, kept once decoded (undefined: not known). */
  line: string | undefined = undefined;
  traceId: string | undefined = undefined;
  spanId: string | undefined = undefined;
  parentSpanId: string | undefined = undefined;
  attributeValue: Record<string, unknown> | undefined = undefined;
  attributeReader: AttributeReader | undefined = undefined;

  clear(): void {
    this.timeNs = undefined;
    this.timeText = "";
    this.service = undefined;
    this.host = undefined;
    this.level = undefined;
    this.message = "";
    this.raw = undefined;
    this.line = undefined;
    this.traceId = undefined;
    this.spanId = undefined;
    this.parentSpanId = undefined;
    this.attributeValue = undefined;
    this.attributeReader = undefined;
  }
}

/** Where a lazy event's lines are, and how its fields are decoded from them. */
export interface EventOrigin {
  /** Line `lineNo` (1-based) of the source. */
  lineAt(lineNo: number): string;
  /** Runs the source's parser over the event's lines again, filling `detail`. */
  fill(event: EventRecord, detail: EventDetail): void;
  /** The event's lines, joined. */
  rawOf(event: EventRecord): string;
}

/**
 * One event. Its time, flags, source and line range are plain fields; everything else sits in
 * an EventDetail. Events read eagerly get their detail while their line is parsed. Lazy events
 * (the default for line formats) carry only the plain fields and decode the rest from their
 * line the first time any of it is read: most events of a large paste are counted, ordered and
 * shown in a window, and only a few are ever opened, while one full object graph per line kept
 * alive made garbage collection the largest cost of parsing.
 */
export class EventRecord implements IngestEvent {
  time: number;
  flags: readonly AssumptionFlag[];
  source: string;
  firstLine: number;
  lastLine: number;
  private d: EventDetail | undefined;
  private origin: EventOrigin | undefined;

  constructor(
    time: number,
    flags: readonly AssumptionFlag[],
    source: string,
    line: number,
    detail: EventDetail | undefined,
    origin: EventOrigin | undefined,
  ) {
    this.time = time;
    this.flags = flags;
    this.source = source;
    this.firstLine = line;
    this.lastLine = line;
    this.d = detail;
    this.origin = origin;
  }

  private get detail(): EventDetail {
    let d = this.d;
    if (d === undefined) {
      d = new EventDetail();
      this.d = d;
      const origin = this.origin;
      if (origin) {
        try {
          origin.fill(this, d);
        } catch {
          // A parser bug must not break a reader: the event keeps its time and raw lines.
        }
      }
    }
    return d;
  }

  /** Whether the fields beyond time, flags and place have been decoded (for tests). */
  get isDecoded(): boolean {
    return this.d !== undefined;
  }

  get timeNs(): string | undefined {
    return this.detail.timeNs;
  }
  set timeNs(value: string | undefined) {
    this.detail.timeNs = value;
  }
  get timeText(): string {
    return this.detail.timeText;
  }
  set timeText(value: string) {
    this.detail.timeText = value;
  }
  get service(): string | undefined {
    return this.detail.service;
  }
  set service(value: string | undefined) {
    this.detail.service = value;
  }
  get host(): string | undefined {
    return this.detail.host;
  }
  set host(value: string | undefined) {
    this.detail.host = value;
  }
  get level(): Level | undefined {
    return this.detail.level;
  }
  set level(value: Level | undefined) {
    this.detail.level = value;
  }
  get message(): string {
    return this.detail.message;
  }
  set message(value: string) {
    this.detail.message = value;
  }
  get traceId(): string | undefined {
    return this.detail.traceId;
  }
  set traceId(value: string | undefined) {
    this.detail.traceId = value;
  }
  get spanId(): string | undefined {
    return this.detail.spanId;
  }
  set spanId(value: string | undefined) {
    this.detail.spanId = value;
  }
  get parentSpanId(): string | undefined {
    return this.detail.parentSpanId;
  }
  set parentSpanId(value: string | undefined) {
    this.detail.parentSpanId = value;
  }

  /** The exact source lines; read from the source text without decoding anything else. */
  get raw(): string {
    const d = this.d;
    if (d !== undefined) {
      if (d.raw !== undefined) return d.raw;
      if (d.line !== undefined && this.lastLine === this.firstLine) return d.line;
    }
    return this.origin ? this.origin.rawOf(this) : "";
  }
  set raw(value: string) {
    this.detail.raw = value;
  }

  /** The first source line, which structured formats read their attributes from. */
  private get firstRawLine(): string {
    const d = this.d;
    if (d?.raw !== undefined) {
      const nl = d.raw.indexOf("\n");
      return nl < 0 ? d.raw : d.raw.slice(0, nl);
    }
    if (d?.line !== undefined) return d.line;
    return this.origin ? this.origin.lineAt(this.firstLine) : "";
  }

  // Attributes of structured lines (JSON, logfmt, CSV, access) are rebuilt from the line on
  // first access instead of being kept per event: most callers never read them.
  get attributes(): Record<string, unknown> | undefined {
    const d = this.detail;
    const reader = d.attributeReader;
    if (reader) {
      d.attributeReader = undefined;
      try {
        d.attributeValue = reader(this.firstRawLine);
      } catch {
        d.attributeValue = undefined;
      }
    }
    return d.attributeValue;
  }

  set attributes(value: Record<string, unknown> | undefined) {
    const d = this.detail;
    d.attributeReader = undefined;
    d.attributeValue = value;
  }

  /** Attributes to be read from the event's first raw line when first asked for. */
  readAttributesLater(reader: AttributeReader): void {
    const d = this.detail;
    d.attributeValue = undefined;
    d.attributeReader = reader;
  }

  /** Makes this object a new eagerly read event (the one scratch event of a lite pass). */
  reset(time: number, flags: readonly AssumptionFlag[], line: number): EventDetail {
    this.time = time;
    this.flags = flags;
    this.firstLine = line;
    this.lastLine = line;
    this.origin = undefined;
    const d = this.d ?? new EventDetail();
    d.clear();
    this.d = d;
    return d;
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
