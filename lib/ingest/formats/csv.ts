// CSV/TSV exports with a header row (RFC 4180: quoted fields, doubled quotes, newlines inside
// quotes). The time column is found by name, else by the first column whose value parses as
// a timestamp; level, message, service and host columns by name.

import type { EventRecord } from "../event";
import { levelFromValue } from "../levels";
import { newStamp, scanTimestamp } from "../time/scan";
import { emitFromTimeValue, keepTimeFromValue } from "./fields";
import {
  ENTRY,
  HANDLED,
  NOT_ENTRY,
  type StatefulLineFormat,
  type LineParser,
  type ParseContext,
} from "../line-format";
import { Char } from "../chars";

/**
 * Splits one physical line. `carry` holds the fields of a record whose last field is still
 * inside quotes; `open` is true when this line ends inside quotes too.
 */
export function splitCsv(
  line: string,
  sep: string,
  carry?: string[],
): { fields: string[]; open: boolean } {
  const fields = carry ? carry.slice() : [];
  let field = "";
  let inQuotes = false;
  if (carry && carry.length > 0) {
    field = (fields.pop() ?? "") + "\n";
    inQuotes = true;
  }
  // Jumps from quote to quote and separator to separator with indexOf: a loop over every
  // character cost more than the rest of the row's work.
  const n = line.length;
  let start = 0;
  let p = 0;
  for (;;) {
    if (inQuotes) {
      const q = line.indexOf('"', p);
      if (q < 0) break;
      field += line.slice(start, q);
      if (line.charCodeAt(q + 1) === Char.QUOTE) {
        field += '"';
        p = q + 2;
        start = p;
        continue;
      }
      inQuotes = false;
      p = q + 1;
      start = p;
      continue;
    }
    // A quote opens a quoted field only as the field's first character.
    if (p === start && field === "" && line.charCodeAt(p) === Char.QUOTE) {
      inQuotes = true;
      p++;
      start = p;
      continue;
    }
    const s = line.indexOf(sep, p);
    if (s < 0) break;
    fields.push(field + line.slice(start, s));
    field = "";
    p = s + 1;
    start = p;
  }
  field += line.slice(start, n);
  fields.push(field);
  return { fields, open: inQuotes };
}

/** Bounds of one field and whether the row ends inside quotes, from `scanField`. */
const scanned = { start: 0, end: 0, open: false };

/**
 * Finds field `col` of a row without splitting it: walks quotes and separators the way
 * splitCsv does and keeps only the field's bounds (in `scanned`) and whether the row ends
 * inside quotes. False when the field is not a plain slice of the line (doubled quotes,
 * text around quotes, fewer fields): the caller splits the row instead.
 */
function scanField(line: string, sep: string, col: number): boolean {
  const n = line.length;
  let index = 0;
  let start = 0;
  let p = 0;
  let isEmpty = true;
  let inQuotes = false;
  let quoteStart = -1;
  let quoteEnd = -1;
  let fieldStart = 0;
  let isSimple = true;
  let found = false;
  for (;;) {
    if (inQuotes) {
      const q = line.indexOf('"', p);
      if (q < 0) break;
      if (q > start) isEmpty = false;
      if (line.charCodeAt(q + 1) === Char.QUOTE) {
        isEmpty = false;
        isSimple = false;
        p = q + 2;
        start = p;
        continue;
      }
      quoteEnd = q;
      inQuotes = false;
      p = q + 1;
      start = p;
      continue;
    }
    if (p === start && isEmpty && line.charCodeAt(p) === Char.QUOTE) {
      if (quoteStart >= 0) isSimple = false;
      quoteStart = p + 1;
      inQuotes = true;
      p++;
      start = p;
      continue;
    }
    const next = line.indexOf(sep, p);
    if (next < 0) break;
    if (index === col) {
      if (!setBounds(fieldStart, next, quoteStart, quoteEnd, isSimple)) return false;
      found = true;
    }
    index++;
    isEmpty = true;
    isSimple = true;
    quoteStart = -1;
    quoteEnd = -1;
    p = next + 1;
    start = p;
    fieldStart = p;
  }
  scanned.open = inQuotes;
  if (!found && index === col && !inQuotes) {
    if (!setBounds(fieldStart, n, quoteStart, quoteEnd, isSimple)) return false;
    found = true;
  }
  return found;
}

function setBounds(
  fieldStart: number,
  fieldEnd: number,
  quoteStart: number,
  quoteEnd: number,
  isSimple: boolean,
): boolean {
  if (!isSimple) return false;
  if (quoteStart < 0) {
    scanned.start = fieldStart;
    scanned.end = fieldEnd;
    return true;
  }
  // "quoted" and nothing after the closing quote.
  if (quoteEnd !== fieldEnd - 1) return false;
  scanned.start = quoteStart;
  scanned.end = quoteEnd;
  return true;
}

/** Any non-empty carry makes the next line start inside quotes; the lite pass keeps no fields. */
const LITE_CARRY = [""];

export function detectSeparator(header: string): string {
  let best = ",";
  let count = 0;
  for (const sep of [",", "\t", ";", "|"]) {
    const n = header.split(sep).length - 1;
    if (n > count) {
      best = sep;
      count = n;
    }
  }
  return best;
}

const TIME_NAME =
  /^(?:@?timestamp|time|ts|date|datetime|date_?time|event_?time|_time|time_?stamp.*|.*_(?:at|time|ts|ms)|timestamp.*|.*time)$/i;
const LEVEL_NAME = /^(?:level|severity|lvl|log_?level|loglevel|priority|status)$/i;
const MESSAGE_NAME = /^(?:message|msg|text|log|body|description|_raw|line|summary|event)$/i;
const SERVICE_NAME =
  /^(?:service|service_?name|app|application|component|container|source|program|logger)$/i;
const HOST_NAME = /^(?:host|hostname|host_?name|node|pod|instance|server)$/i;

const stamp = newStamp();

function findIndex(header: string[], re: RegExp): number {
  return header.findIndex((h) => re.test(h.trim()));
}

function create(ctx: ParseContext): LineParser {
  let sep = ",";
  let header: string[] | undefined;
  let timeCol = -1;
  let levelCol = -1;
  let messageCol = -1;
  let serviceCol = -1;
  let hostCol = -1;
  let carry: string[] | undefined;
  let carryEvent: EventRecord | undefined;

  function attributesOf(fields: string[]): Record<string, string> | undefined {
    if (!header) return undefined;
    const attributes: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) attributes[header[i] as string] = fields[i] ?? "";
    return attributes;
  }

  // One-line records re-split their line when the attributes are first asked for.
  const readLater = (line: string) => attributesOf(splitCsv(line, sep).fields);

  function fill(event: EventRecord, fields: string[], isWhole = false): void {
    if (!header) return;
    if (isWhole) event.readAttributesLater(readLater);
    else event.attributes = attributesOf(fields);
    event.level = levelCol >= 0 ? levelFromValue(fields[levelCol]) : undefined;
    event.service = serviceCol >= 0 ? fields[serviceCol] || undefined : undefined;
    event.host = hostCol >= 0 ? fields[hostCol] || undefined : undefined;
    if (messageCol >= 0) event.message = fields[messageCol] ?? "";
    else {
      let message = "";
      for (let i = 0; i < fields.length; i++) {
        if (i === timeCol || i === levelCol) continue;
        message = message === "" ? (fields[i] ?? "") : `${message} ${fields[i] ?? ""}`;
      }
      event.message = message;
    }
  }

  /**
   * Decodes a lazy event again from its lines joined: the first line, then, while a quoted
   * field is open, the lines after it, as the first pass carried them. Other lines folded
   * into the event (stack frames) are not part of the record.
   */
  function refill(joined: string, lineNo: number): number {
    const lines = joined.split("\n");
    const first = splitCsv(lines[0] ?? "", sep);
    let { fields, open } = first;
    for (let i = 1; open && i < lines.length; i++)
      ({ fields, open } = splitCsv(lines[i] ?? "", sep, fields));
    const time = (first.fields[timeCol] ?? "").trim();
    const event = emitFromTimeValue(ctx, time, lineNo, undefined, "");
    if (!event) return NOT_ENTRY;
    fill(event, fields, !first.open);
    return ENTRY;
  }

  return {
    parse(line, lineNo) {
      // Decoding a lazy event again touches none of the row-to-row state.
      if (ctx.isFilling) return header ? refill(line, lineNo) : NOT_ENTRY;
      if (carry && carryEvent) {
        const { fields, open } = splitCsv(line, sep, carry);
        ctx.fold(lineNo);
        // A kept lazy event decodes its record later, from its lines.
        if (!ctx.isLite) fill(carryEvent, fields);
        if (!open) {
          carry = undefined;
          carryEvent = undefined;
        } else carry = fields;
        return HANDLED;
      }
      if (line.length === 0) return NOT_ENTRY;
      if (!header) {
        sep = detectSeparator(line);
        header = splitCsv(line, sep).fields.map((h) => h.trim());
        timeCol = findIndex(header, TIME_NAME);
        levelCol = findIndex(header, LEVEL_NAME);
        messageCol = findIndex(header, MESSAGE_NAME);
        serviceCol = findIndex(header, SERVICE_NAME);
        hostCol = findIndex(header, HOST_NAME);
        ctx.skip(lineNo);
        return HANDLED;
      }
      if (ctx.isLite && timeCol >= 0 && scanField(line, sep, timeCol)) {
        // A lite pass reads the time field in place.
        const time = line.slice(scanned.start, scanned.end).trim();
        const event = keepTimeFromValue(ctx, time, lineNo);
        if (!event) return NOT_ENTRY;
        if (scanned.open) {
          carry = LITE_CARRY;
          carryEvent = event;
        }
        return ENTRY;
      }
      const { fields, open } = splitCsv(line, sep);
      if (timeCol < 0) {
        timeCol = fields.findIndex(
          (f) => f !== "" && scanTimestamp(f.trim(), 0, stamp) && stamp.end === f.trim().length,
        );
        if (timeCol < 0) return NOT_ENTRY;
        if (levelCol === timeCol) levelCol = -1;
      }
      const event = emitFromTimeValue(ctx, (fields[timeCol] ?? "").trim(), lineNo, undefined, "");
      if (!event) return NOT_ENTRY;
      fill(event, fields, !open && ctx.isSourceLine(line, lineNo));
      if (open) {
        carry = fields;
        carryEvent = event;
      }
      return ENTRY;
    },
  };
}

export const csv: StatefulLineFormat = {
  id: "csv",
  label: "CSV with header",
  detectionOrder: 230,
  sample: [
    "timestamp,level,service,message",
    "2026-03-14T09:10:06.402Z,info,payments-api,pool resized",
    '2026-03-14T09:11:40.000Z,error,payments-api,"timeout, waited 2s"',
  ],
  test: () => false,
  detectSource: (lines) => (looksLikeCsv(lines.slice(0, 60)) ? 0.9 : 0),
  foldsAnything: false,
  refills: true,
  refillsAllLines: true,
  parsesEmptyLines: true,
  isOrdered: true,
  create,
};

/** Whole-source check: a header-like first line and rows with the same number of separators. */
export function looksLikeCsv(lines: readonly string[]): boolean {
  const first = lines[0];
  if (!first) return false;
  const sep = detectSeparator(first);
  const header = splitCsv(first, sep).fields;
  // Header cells are names: no JSON, no numbers, no long text.
  if (
    header.length < 2 ||
    header.some((h) => h.length > 64 || !/^[A-Za-z_@#"][\w@#.\-\s/()":]*$/.test(h.trim() || "x"))
  ) {
    return false;
  }
  let rows = 0;
  let matching = 0;
  for (let i = 1; i < lines.length && rows < 50; i++) {
    const line = lines[i];
    if (!line) continue;
    rows++;
    const { fields } = splitCsv(line, sep);
    if (fields.length === header.length) matching++;
  }
  return rows > 0 && matching / rows >= 0.6;
}
