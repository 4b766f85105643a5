// How a source keeps its events, one small strategy per read mode:
// - eager: every field decoded while parsing, one full event per entry;
// - lazy: events keep time, flags and place, and decode the rest from their lines when first
//   read (through their origin, the source context);
// - count: no events at all; the context keeps each entry's time and flags (summaries).
// Each answers two calls: add() for an entry whose fields the parser has decoded, and
// addTime() for one whose fields are left for later (the lite pass of the line loop).

import { EventDetail, EventRecord, type EventOrigin } from "./event";
import type { AssumptionFlag, Level } from "./types";

/**
 * "eager": every field decoded while parsing. "lazy": events keep time, flags and place, and
 * decode the rest from their lines when first read. "count": no events at all, only each
 * one's time and flags (summaries).
 */
export type ReadMode = "eager" | "lazy" | "count";

export interface EventStore {
  readonly events: EventRecord[];
  /** The event that later lines of the same entry fold into (set by add and addTime). */
  kept: EventRecord | undefined;
  /**
   * An entry whose fields are given: returns the event the parser completes (service, host,
   * attributes…), which is the kept one except when the store keeps no fields.
   */
  add(
    time: number,
    flags: readonly AssumptionFlag[],
    lineNo: number,
    line: string | undefined,
    timeText: string,
    level: Level | undefined,
    message: string,
  ): EventRecord;
  /** An entry whose fields are not decoded now: returns the kept event. */
  addTime(time: number, flags: readonly AssumptionFlag[], lineNo: number): EventRecord;
}

export class EagerStore implements EventStore {
  readonly events: EventRecord[] = [];
  kept: EventRecord | undefined = undefined;
  private readonly name: string;
  /** Where the event's raw lines are read (multi-line events, documents). */
  private readonly origin: EventOrigin;

  constructor(name: string, origin: EventOrigin) {
    this.name = name;
    this.origin = origin;
  }

  add(
    time: number,
    flags: readonly AssumptionFlag[],
    lineNo: number,
    line: string | undefined,
    timeText: string,
    level: Level | undefined,
    message: string,
  ): EventRecord {
    const d = new EventDetail();
    d.line = line;
    d.timeText = timeText;
    d.level = level;
    d.message = message;
    const event = new EventRecord(time, flags, this.name, lineNo, d, this.origin);
    this.events.push(event);
    this.kept = event;
    return event;
  }

  addTime(time: number, flags: readonly AssumptionFlag[], lineNo: number): EventRecord {
    return this.add(time, flags, lineNo, undefined, "", undefined, "");
  }
}

/** One scratch event handed to parsers whose fields are not kept; never read by anyone else. */
class Scratch {
  private event: EventRecord | undefined = undefined;

  of(name: string, time: number, flags: readonly AssumptionFlag[], lineNo: number): EventRecord {
    let event = this.event;
    if (!event) {
      event = new EventRecord(time, flags, name, lineNo, undefined, undefined);
      this.event = event;
    }
    return event;
  }

  /** The scratch event made to look new, with the fields given. */
  filled(
    name: string,
    time: number,
    flags: readonly AssumptionFlag[],
    lineNo: number,
    timeText: string,
    level: Level | undefined,
    message: string,
  ): EventRecord {
    const event = this.of(name, time, flags, lineNo);
    const d = event.reset(time, flags, lineNo);
    d.timeText = timeText;
    d.level = level;
    d.message = message;
    return event;
  }
}

export class LazyStore implements EventStore {
  readonly events: EventRecord[] = [];
  kept: EventRecord | undefined = undefined;
  private readonly name: string;
  private readonly origin: EventOrigin;
  private readonly scratch = new Scratch();

  constructor(name: string, origin: EventOrigin) {
    this.name = name;
    this.origin = origin;
  }

  add(
    time: number,
    flags: readonly AssumptionFlag[],
    lineNo: number,
    _line: string | undefined,
    timeText: string,
    level: Level | undefined,
    message: string,
  ): EventRecord {
    // The kept event decodes its fields again from its lines; the parser completes a copy.
    this.addTime(time, flags, lineNo);
    return this.scratch.filled(this.name, time, flags, lineNo, timeText, level, message);
  }

  addTime(time: number, flags: readonly AssumptionFlag[], lineNo: number): EventRecord {
    const event = new EventRecord(time, flags, this.name, lineNo, undefined, this.origin);
    this.events.push(event);
    this.kept = event;
    return event;
  }
}

export class CountStore implements EventStore {
  /** Always empty: the context's times and masks are the count. */
  readonly events: EventRecord[] = [];
  kept: EventRecord | undefined = undefined;
  private readonly name: string;
  private readonly scratch = new Scratch();

  constructor(name: string) {
    this.name = name;
  }

  add(
    time: number,
    flags: readonly AssumptionFlag[],
    lineNo: number,
    _line: string | undefined,
    timeText: string,
    level: Level | undefined,
    message: string,
  ): EventRecord {
    // Parsers that read back what they set (a JUL level line) get it back.
    const event = this.scratch.filled(this.name, time, flags, lineNo, timeText, level, message);
    this.kept = event;
    return event;
  }

  addTime(time: number, flags: readonly AssumptionFlag[], lineNo: number): EventRecord {
    const event = this.scratch.of(this.name, time, flags, lineNo);
    this.kept = event;
    return event;
  }
}
