// Times that can only be fixed once the whole source has been read (missing year, day/month
// order), kept until resolve.ts settles them.

import { doubled } from "../lines";

export const PENDING_YEAR = 1;
export const PENDING_DAY_MONTH = 2;

/**
 * Stored column-wise in typed arrays that grow together: a syslog file defers every line, and
 * one small object per line would cost more in garbage collection than the parsing itself.
 * Read the columns below `length` only.
 */
export class PendingTimes {
  length = 0;
  index = new Int32Array(64);
  mask = new Int32Array(64);
  year = new Int32Array(64);
  /** First and second numeric date fields as written (month/day in month-first reading). */
  month = new Int32Array(64);
  day = new Int32Array(64);
  clockMs = new Float64Array(64);
  offset = new Float64Array(64);
  /** PENDING_YEAR: year missing; PENDING_DAY_MONTH: day/month ambiguous. */
  kind = new Uint8Array(64);

  add(
    index: number,
    mask: number,
    year: number,
    month: number,
    day: number,
    clockMs: number,
    offset: number,
    kind: number,
  ): void {
    if (this.length === this.index.length) this.grow();
    const i = this.length++;
    this.index[i] = index;
    this.mask[i] = mask;
    this.year[i] = year;
    this.month[i] = month;
    this.day[i] = day;
    this.clockMs[i] = clockMs;
    this.offset[i] = offset;
    this.kind[i] = kind;
  }

  private grow(): void {
    this.index = doubled(this.index);
    this.mask = doubled(this.mask);
    this.year = doubled(this.year);
    this.month = doubled(this.month);
    this.day = doubled(this.day);
    this.clockMs = doubled(this.clockMs);
    this.offset = doubled(this.offset);
    this.kind = doubled(this.kind);
  }
}
