// logfmt (Go kit, logrus text with keys, Heroku): key=value pairs, values optionally quoted
// with backslash escapes. A hand scanner, because a regex per pair is several times slower.

import {
  FieldScan,
  setCommonFields,
  firstOf,
  stampFromTimeValue,
  timeTextOf,
  TIME_KEYS,
} from "./fields";
import type { StatelessLineFormat } from "../line-format";
import { Char } from "../chars";

// One walk over the pairs serves both readers: parseLogfmt builds the record, findTime (the
// lite pass) only looks for the time key. `cursor` holds the pair last read.
const BARE = 0;
const PLAIN = 1;
const QUOTED = 2;
const ESCAPED = 3;

const cursor = {
  keyStart: 0,
  keyEnd: 0,
  valueStart: 0,
  valueEnd: 0,
  kind: PLAIN,
  /** Next backslash at or after the position read (-1: none left; -2: not looked for yet). */
  backslash: -2,
};

const NOT_A_PAIR = -1;
const NO_MORE_PAIRS = -2;

/**
 * Reads the pair at p (after any spaces) into `cursor`; returns the index after it,
 * NO_MORE_PAIRS when only spaces are left, or NOT_A_PAIR. A bare word is only allowed after
 * two pairs (some loggers append flags).
 */
function readPair(line: string, p: number, pairs: number): number {
  const n = line.length;
  while (p < n && line.charCodeAt(p) === Char.SPACE) p++;
  if (p >= n) return NO_MORE_PAIRS;
  const keyStart = p;
  while (p < n) {
    const c = line.charCodeAt(p);
    if (c === Char.EQUALS || c === Char.SPACE || c === Char.QUOTE) break;
    p++;
  }
  if (p === keyStart) return NOT_A_PAIR;
  cursor.keyStart = keyStart;
  cursor.keyEnd = p;
  if (line.charCodeAt(p) !== Char.EQUALS) {
    if (pairs < 2) return NOT_A_PAIR;
    cursor.kind = BARE;
    return p;
  }
  p++;
  if (line.charCodeAt(p) !== Char.QUOTE) {
    const space = line.indexOf(" ", p);
    cursor.valueStart = p;
    cursor.valueEnd = space < 0 ? n : space;
    cursor.kind = PLAIN;
    return cursor.valueEnd;
  }
  // Quoted: jump from quote to backslash with indexOf rather than testing every character.
  p++;
  cursor.valueStart = p;
  cursor.kind = QUOTED;
  for (;;) {
    const q = line.indexOf('"', p);
    let backslash = cursor.backslash;
    if (backslash !== -1 && backslash < p) backslash = cursor.backslash = line.indexOf("\\", p);
    if (backslash >= 0 && (q < 0 || backslash < q) && backslash + 1 < n) {
      cursor.kind = ESCAPED;
      p = backslash + 2;
      continue;
    }
    if (q < 0) return NOT_A_PAIR;
    cursor.valueEnd = q;
    return q + 1;
  }
}

/** A quoted value with its escapes decoded: \n and \t, any other character as itself. */
function unescape(line: string, start: number, end: number): string {
  let out = "";
  let from = start;
  for (let b = line.indexOf("\\", from); b >= 0 && b < end; b = line.indexOf("\\", from)) {
    const e = line[b + 1];
    out += line.slice(from, b) + (e === "n" ? "\n" : e === "t" ? "\t" : (e ?? ""));
    from = b + 2;
  }
  return out + line.slice(from, end);
}

/** Parses a logfmt line; undefined when it is not one (needs at least two pairs). */
export function parseLogfmt(line: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let pairs = 0;
  const n = line.length;
  cursor.backslash = -2;
  for (let p = 0; p < n;) {
    p = readPair(line, p, pairs);
    if (p === NOT_A_PAIR) return undefined;
    if (p === NO_MORE_PAIRS) break;
    const key = line.slice(cursor.keyStart, cursor.keyEnd);
    if (cursor.kind === BARE) {
      out[key] = "true";
      continue;
    }
    out[key] =
      cursor.kind === ESCAPED
        ? unescape(line, cursor.valueStart, cursor.valueEnd)
        : line.slice(cursor.valueStart, cursor.valueEnd);
    pairs++;
  }
  return pairs >= 2 ? out : undefined;
}

// Time keys grouped by length, for matching a key in place without slicing it.
const TIME_KEYS_BY_LENGTH: string[][] = [];
for (const key of TIME_KEYS) (TIME_KEYS_BY_LENGTH[key.length] ??= []).push(key);

/** Rank in TIME_KEYS of the key line[start, end), or -1. */
function timeKeyRank(line: string, start: number, end: number): number {
  const candidates = TIME_KEYS_BY_LENGTH[end - start];
  if (candidates === undefined) return -1;
  for (const key of candidates) if (line.startsWith(key, start)) return TIME_KEYS.indexOf(key);
  return -1;
}

/** What `findTime` found: no logfmt line, a line without a usable time key, or its value. */
const NOT_LOGFMT = 0;
const NO_TIME = 1;
const TIME_FOUND = 2;
/** The time value has escapes or is a bare word: read the line in full instead. */
const READ_IN_FULL = 3;

const found = { start: 0, end: 0 };
// The last value of each time key in the line being read: bounds and kind (0: not seen in
// this line, 1: plain, 2: empty, 3: escaped or bare word). `seen` holds the line's number so
// nothing needs clearing between lines.
const seen = new Float64Array(TIME_KEYS.length);
const kinds = new Uint8Array(TIME_KEYS.length);
const starts = new Int32Array(TIME_KEYS.length);
const ends = new Int32Array(TIME_KEYS.length);
let generation = 0;

/**
 * The time value `parseLogfmt` + FieldScan would pick (the lowest-ranked time key whose last
 * value is not empty), found by walking the pairs as parseLogfmt does but without building
 * the record: only its bounds are kept, in `found`. Returns one of the codes above.
 */
function findTime(line: string): number {
  generation++;
  let pairs = 0;
  const n = line.length;
  let anyTimeKey = false;
  cursor.backslash = -2;
  for (let p = 0; p < n;) {
    p = readPair(line, p, pairs);
    if (p === NOT_A_PAIR) return NOT_LOGFMT;
    if (p === NO_MORE_PAIRS) break;
    const rank = timeKeyRank(line, cursor.keyStart, cursor.keyEnd);
    if (cursor.kind !== BARE) pairs++;
    if (rank < 0) continue;
    anyTimeKey = true;
    seen[rank] = generation;
    const { kind, valueStart, valueEnd } = cursor;
    // The last value of a key counts; a bare word reads as "true".
    kinds[rank] = kind === BARE || kind === ESCAPED ? 3 : valueEnd === valueStart ? 2 : 1;
    starts[rank] = valueStart;
    ends[rank] = valueEnd;
  }
  if (pairs < 2) return NOT_LOGFMT;
  if (anyTimeKey) {
    for (let rank = 0; rank < TIME_KEYS.length; rank++) {
      if (seen[rank] !== generation || kinds[rank] === 2) continue;
      if (kinds[rank] === 3) return READ_IN_FULL;
      found.start = starts[rank] as number;
      found.end = ends[rank] as number;
      return TIME_FOUND;
    }
  }
  return NO_TIME;
}

function startsWithKey(line: string): boolean {
  const c = line.charCodeAt(0);
  if (!(
    (c >= Char.LOWER_A && c <= Char.LOWER_Z) ||
    (c >= Char.UPPER_A && c <= Char.UPPER_Z) ||
    c === Char.UNDERSCORE ||
    c === Char.AT
  ))
    return false;
  const eq = line.indexOf("=");
  if (eq < 1 || eq > 40) return false;
  for (let i = 1; i < eq; i++) {
    const d = line.charCodeAt(i);
    if (d === Char.SPACE || d === Char.QUOTE) return false;
  }
  return true;
}

const scan = new FieldScan();

/** The record of the line last read in full, for decode() right after scanTime(). */
let parsedLine: string | undefined;
let parsedRecord: Record<string, string> | undefined;

/** The line `scan` last read (in full, right before decode() of the same line). */
let scannedLine: string | undefined;

function recordOf(line: string): Record<string, string> | undefined {
  if (line !== parsedLine) {
    parsedRecord = parseLogfmt(line);
    parsedLine = line;
  }
  return parsedRecord;
}

export const logfmt: StatelessLineFormat = {
  id: "logfmt",
  label: "logfmt",
  detectionOrder: 190,
  sample: [
    'ts=2026-03-14T09:10:05.114Z level=info svc=flagd msg="flag enabled" flag=payments-api.ledger-pool-tuning',
    'ts=2026-03-14T09:31:00.002Z level=warn svc=flagd-proxy msg="flag flipped back" err=',
  ],
  test(line) {
    if (!startsWithKey(line)) return false;
    const obj = parseLogfmt(line);
    return obj !== undefined && firstOf(obj, TIME_KEYS) !== undefined;
  },
  foldsAnything: false,
  isOrdered: true,
  scanTime(line, st, reader) {
    if (!startsWithKey(line)) return -1;
    if (!reader.isLite) {
      // decode() follows and builds the record anyway.
      const obj = recordOf(line);
      if (!obj) return -1;
      scan.read(obj);
      scannedLine = line;
      return stampFromTimeValue(scan.time, st) ? 0 : -1;
    }
    // The time value alone, found without building the record, unless it needs decoding.
    const result = findTime(line);
    if (result === NOT_LOGFMT || result === NO_TIME) return -1;
    if (result === TIME_FOUND)
      return stampFromTimeValue(line.slice(found.start, found.end), st) ? 0 : -1;
    const obj = recordOf(line);
    scannedLine = undefined;
    return obj && stampFromTimeValue(scan.read(obj).time, st) ? 0 : -1;
  },
  decode(line, _st, _at, out) {
    if (line !== scannedLine) scan.read(recordOf(line) ?? {});
    scannedLine = undefined;
    out.timeText = timeTextOf(scan.time);
    out.level = scan.level;
    out.message = scan.message;
    setCommonFields(out, scan);
  },
  attributes: parseLogfmt,
};
