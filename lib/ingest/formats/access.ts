// nginx / Apache access logs, common and combined:
// host ident user [14/Mar/2026:10:09:58 +0100] "POST /x HTTP/2.0" 200 1184 "referer" "agent"
// The level comes from the status (5xx error, 4xx warn), as these logs have none.

import { levelFromStatus } from "../levels";
import { newStamp, scanTimestamp, type Stamp } from "../time/scan";
import type { DecodedLine, StampReader, StatelessLineFormat } from "../line-format";
import { Char } from "../chars";

/** Index of the quote closing a double-quoted field that opens at p (a backslash escapes the
 * character after it), or -1. Hops with indexOf instead of testing every character. */
export function closingQuote(line: string, p: number): number {
  if (line.charCodeAt(p) !== Char.QUOTE) return -1;
  let q = p + 1;
  for (;;) {
    const quote = line.indexOf('"', q);
    if (quote < 0) return -1;
    const backslash = line.indexOf("\\", q);
    if (backslash < 0 || backslash > quote) return quote;
    q = backslash + 2;
  }
}

/** Reads a double-quoted field at p (backslash escapes kept); returns [value, index after]. */
function quoted(line: string, p: number): [string, number] {
  const q = closingQuote(line, p);
  if (q < 0) return ["", -1];
  return [line.slice(p + 1, q), q + 1];
}

const attributeStamp = newStamp();

/** The attributes of an access-log line, read again from the line when first asked for. */
function attributesOf(line: string): Record<string, unknown> | undefined {
  const st = attributeStamp;
  const open = line.indexOf(" [");
  if (open < 0 || !scanTimestamp(line, open + 2, st)) return undefined;
  const [request, afterRequest] = quoted(line, st.end + 2);
  if (afterRequest < 0) return undefined;
  const statusEnd = line.indexOf(" ", afterRequest + 1);
  const status = Number(line.slice(afterRequest + 1, statusEnd < 0 ? line.length : statusEnd));
  const bytesEnd = statusEnd < 0 ? -1 : line.indexOf(" ", statusEnd + 1);
  const bytes =
    statusEnd < 0 ? "" : line.slice(statusEnd + 1, bytesEnd < 0 ? line.length : bytesEnd);
  const head = line.slice(0, open).split(" ");
  const attributes: Record<string, unknown> = {
    client: head[0],
    user: head[2],
    request,
    status,
    bytes,
  };
  if (bytesEnd > 0) {
    const [referer, afterReferer] = quoted(line, bytesEnd + 1);
    if (afterReferer > 0) {
      attributes.referer = referer;
      const [agent] = quoted(line, afterReferer + 1);
      attributes.userAgent = agent;
    }
  }
  return attributes;
}

const isDigit = (c: number): boolean => c >= Char.DIGIT_0 && c <= Char.DIGIT_9;

/** The status after a request closing at `requestEnd` (the field up to the next space); NaN if none. */
function statusAfter(line: string, requestEnd: number): number {
  const p = requestEnd + 2;
  // Nearly every status is three digits: read them in place instead of slicing a number.
  const a = line.charCodeAt(p);
  const b = line.charCodeAt(p + 1);
  const c = line.charCodeAt(p + 2);
  if (
    isDigit(a) &&
    isDigit(b) &&
    isDigit(c) &&
    (p + 3 === line.length || line.charCodeAt(p + 3) === Char.SPACE)
  )
    return (a - Char.DIGIT_0) * 100 + (b - Char.DIGIT_0) * 10 + (c - Char.DIGIT_0);
  const statusEnd = line.indexOf(" ", p);
  return Number(line.slice(p, statusEnd < 0 ? line.length : statusEnd));
}

function scanTime(line: string, st: Stamp, reader: StampReader): number {
  const open = line.indexOf(" [");
  if (open < 0 || open > 300) return -1;
  if (!reader.scanStamp(line, open + 2, st) || line.charCodeAt(st.end) !== Char.RIGHT_BRACKET)
    return -1;
  const requestEnd = closingQuote(line, st.end + 2);
  if (requestEnd < 0 || !Number.isInteger(statusAfter(line, requestEnd))) return -1;
  // decode() gets the request's end back rather than finding it again.
  return requestEnd;
}

function decode(line: string, st: Stamp, requestEnd: number, out: DecodedLine): void {
  const status = statusAfter(line, requestEnd);
  out.timeText = line.slice(line.indexOf(" [") + 2, st.end);
  out.level = levelFromStatus(status);
  out.message = `${line.slice(st.end + 3, requestEnd)} ${status}`;
}

const COMMON =
  /^\S+ \S+ \S+ \[\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] "[^"]*" \d{3} /;
const COMBINED =
  /^\S+ \S+ \S+ \[\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] "(?:[^"\\]|\\.)*" \d{3} \S+ "(?:[^"\\]|\\.)*" "(?:[^"\\]|\\.)*"/;

export const accessCombined: StatelessLineFormat = {
  id: "access-combined",
  label: "nginx/Apache access log (combined)",
  detectionOrder: 60,
  sample: [
    '203.0.113.7 - - [14/Mar/2026:10:09:58 +0100] "POST /api/pay HTTP/2.0" 200 1184 "https://shop.example/cart" "Mozilla/5.0"',
    '2001:db8::5 - - [14/Mar/2026:10:12:05 +0100] "POST /api/pay HTTP/2.0" 502 157 "-" "Mozilla/5.0"',
  ],
  test: (line) => COMBINED.test(line),
  foldsAnything: false,
  isOrdered: true,
  scanTime,
  decode,
  attributes: attributesOf,
};

export const accessCommon: StatelessLineFormat = {
  id: "access-common",
  label: "nginx/Apache access log (common)",
  detectionOrder: 70,
  sample: [
    '203.0.113.7 - - [14/Mar/2026:10:09:58 +0100] "GET /index.html HTTP/1.1" 200 2326',
    '198.51.100.2 - alice [14/Mar/2026:10:10:01 +0100] "GET /admin HTTP/1.1" 403 199',
  ],
  test: (line) => COMMON.test(line),
  foldsAnything: false,
  isOrdered: true,
  scanTime,
  decode,
  attributes: attributesOf,
};
