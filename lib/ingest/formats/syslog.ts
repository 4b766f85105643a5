// Syslog: RFC 5424 ("<PRI>1 ISO-TIME HOST APP PROCID MSGID [SD] MSG") and RFC 3164 / BSD
// ("<PRI>Mmm dd hh:mm:ss HOST TAG[PID]: MSG", the PRI absent in files under /var/log).

import { levelFromSyslog, sniffLevel } from "../levels";
import { newStamp, scanTimestamp, type Stamp } from "../time/scan";
import type { DecodedLine, StampReader, StatelessLineFormat } from "../line-format";
import { Char } from "../chars";

/** Reads "<PRI>" at the start; returns [priority, index after] or [-1, 0]. */
function readPri(line: string): [number, number] {
  if (line.charCodeAt(0) !== Char.LESS_THAN) return [-1, 0];
  let p = 1;
  let v = 0;
  while (p < 5) {
    const c = line.charCodeAt(p);
    if (c === Char.GREATER_THAN) return p > 1 ? [v, p + 1] : [-1, 0];
    if (c < Char.DIGIT_0 || c > Char.DIGIT_9) return [-1, 0];
    v = v * 10 + c - 48;
    p++;
  }
  return [-1, 0];
}

/** The index after a "<PRI>" at the start, or 0: readPri()[1] without the pair per line. */
function afterPri(line: string): number {
  if (line.charCodeAt(0) !== Char.LESS_THAN) return 0;
  for (let p = 1; p < 5; p++) {
    const c = line.charCodeAt(p);
    if (c === Char.GREATER_THAN) return p > 1 ? p + 1 : 0;
    if (c < Char.DIGIT_0 || c > Char.DIGIT_9) return 0;
  }
  return 0;
}

function nextSpace(line: string, p: number): number {
  const i = line.indexOf(" ", p);
  return i < 0 ? line.length : i;
}

/** Structured data "[id k="v" …][id2 …]" or "-"; returns [elements, index after]. */
export function readStructuredData(
  line: string,
  p: number,
): [Record<string, Record<string, string>> | undefined, number] {
  if (line.charCodeAt(p) === Char.MINUS) return [undefined, p + 1];
  const out: Record<string, Record<string, string>> = {};
  let q = p;
  while (line.charCodeAt(q) === Char.LEFT_BRACKET) {
    const idEnd = nextSpaceOrBracket(line, q + 1);
    const params: Record<string, string> = {};
    out[line.slice(q + 1, idEnd)] = params;
    q = idEnd;
    while (q < line.length && line.charCodeAt(q) !== Char.RIGHT_BRACKET) {
      while (line.charCodeAt(q) === Char.SPACE) q++;
      const eq = line.indexOf("=", q);
      if (eq < 0 || line.charCodeAt(eq + 1) !== Char.QUOTE) return [out, line.length];
      const name = line.slice(q, eq);
      // Slices between escapes rather than one concatenation per character.
      let r = eq + 2;
      let start = r;
      let value = "";
      const n = line.length;
      for (;;) {
        let c = 0;
        while (r < n) {
          c = line.charCodeAt(r);
          if (c === Char.QUOTE || c === Char.BACKSLASH) break;
          r++;
        }
        if (r < n && c === Char.BACKSLASH && r + 1 < n) {
          // A backslash keeps the character after it, whatever it is.
          value += line.slice(start, r);
          start = r + 1;
          r += 2;
          continue;
        }
        if (r < n && c === Char.BACKSLASH) r++; // a trailing backslash is kept as is
        value += line.slice(start, r);
        break;
      }
      params[name] = value;
      q = r + 1;
    }
    q++;
  }
  return [out, q];
}

function nextSpaceOrBracket(line: string, p: number): number {
  let q = p;
  while (
    q < line.length &&
    line.charCodeAt(q) !== Char.SPACE &&
    line.charCodeAt(q) !== Char.RIGHT_BRACKET
  )
    q++;
  return q;
}

const nil = (s: string): string | undefined => (s === "-" ? undefined : s);

const attributeStamp = newStamp();

/** An RFC 5424 line's attributes, read again from the line when first asked for. */
function attributes5424(line: string): Record<string, unknown> | undefined {
  const [pri, after] = readPri(line);
  if (pri < 0 || !scanTimestamp(line, after + 2, attributeStamp)) return undefined;
  const hostEnd = nextSpace(line, attributeStamp.end + 1);
  const appEnd = nextSpace(line, hostEnd + 1);
  const procEnd = nextSpace(line, appEnd + 1);
  const msgIdEnd = nextSpace(line, procEnd + 1);
  return {
    facility: pri >> 3,
    severity: pri & 7,
    procId: nil(line.slice(appEnd + 1, procEnd)),
    msgId: nil(line.slice(procEnd + 1, msgIdEnd)),
    structuredData: readStructuredData(line, msgIdEnd + 1)[0],
  };
}

function scan5424(line: string, st: Stamp, reader: StampReader): number {
  const after = afterPri(line);
  if (
    after === 0 ||
    line.charCodeAt(after) !== Char.DIGIT_1 ||
    line.charCodeAt(after + 1) !== Char.SPACE
  )
    return -1;
  const tsStart = after + 2;
  if (!reader.scanStamp(line, tsStart, st) || line.charCodeAt(st.end) !== Char.SPACE) return -1;
  return tsStart;
}

function decode5424(line: string, st: Stamp, tsStart: number, out: DecodedLine): void {
  const [pri] = readPri(line);
  const hostEnd = nextSpace(line, st.end + 1);
  const appEnd = nextSpace(line, hostEnd + 1);
  const procEnd = nextSpace(line, appEnd + 1);
  const msgIdEnd = nextSpace(line, procEnd + 1);
  const [, sdEnd] = readStructuredData(line, msgIdEnd + 1);
  let msgStart = sdEnd + (line.charCodeAt(sdEnd) === Char.SPACE ? 1 : 0);
  if (line.charCodeAt(msgStart) === Char.BOM) msgStart++;
  out.timeText = line.slice(tsStart, st.end);
  out.level = levelFromSyslog(pri & 7);
  out.message = line.slice(msgStart);
  out.host = nil(line.slice(st.end + 1, hostEnd));
  out.service = nil(line.slice(hostEnd + 1, appEnd));
}

export const syslog5424: StatelessLineFormat = {
  id: "syslog-rfc5424",
  label: "syslog (RFC 5424)",
  detectionOrder: 40,
  sample: [
    '<165>1 2026-03-14T09:10:05.120Z flagd-0 flag-audit 1 flag.change [audit@32473 flag="payments-api.ledger-pool-tuning" by="pipeline"] flag enabled',
    "<30>1 2026-03-14T09:02:14Z ip-10-42-1-23 chronyd 712 - - Selected source 169.254.169.123",
  ],
  test: (line) => /^<\d{1,3}>1 \d{4}-\d\d-\d\dT/.test(line),
  foldsAnything: false,
  isOrdered: true,
  scanTime: scan5424,
  decode: decode5424,
  attributes: attributes5424,
};

/** "tag[pid]: " or "tag: " at p; returns [tag end, pid start, pid end, message start] or undefined. */
function readTag(line: string, p: number): [number, number, number, number] | undefined {
  let q = p;
  const limit = Math.min(line.length, p + 64);
  while (q < limit) {
    const c = line.charCodeAt(q);
    if (c === Char.COLON || c === Char.LEFT_BRACKET || c === Char.SPACE) break;
    q++;
  }
  if (q === p) return undefined;
  const tagEnd = q;
  let pidStart = -1;
  let pidEnd = -1;
  if (line.charCodeAt(q) === Char.LEFT_BRACKET) {
    pidStart = q + 1;
    pidEnd = line.indexOf("]", pidStart);
    if (pidEnd < 0 || pidEnd - pidStart > 20) return undefined;
    q = pidEnd + 1;
  }
  if (line.charCodeAt(q) !== Char.COLON) return undefined;
  q++;
  if (line.charCodeAt(q) === Char.SPACE) q++;
  return [tagEnd, pidStart, pidEnd, q];
}

function scan3164(line: string, st: Stamp, reader: StampReader): number {
  const after = afterPri(line);
  if (!reader.scanStamp(line, after, st) || line.charCodeAt(st.end) !== Char.SPACE) return -1;
  return after;
}

// Facility, severity and pid stay in the level and the raw line: an attributes object per
// line would cost more than the rest of the parse.
function decode3164(line: string, st: Stamp, after: number, out: DecodedLine): void {
  const [pri] = readPri(line);
  const hostEnd = nextSpace(line, st.end + 1);
  const tag = readTag(line, hostEnd + 1);
  const message = line.slice(tag ? tag[3] : hostEnd + 1);
  out.timeText = line.slice(after, st.end);
  out.level = pri >= 0 ? levelFromSyslog(pri & 7) : sniffLevel(message);
  out.message = message;
  out.host = line.slice(st.end + 1, hostEnd);
  out.service = tag ? line.slice(hostEnd + 1, tag[0]) : undefined;
}

export const syslog3164: StatelessLineFormat = {
  id: "syslog-rfc3164",
  label: "syslog (RFC 3164 / BSD)",
  detectionOrder: 50,
  sample: [
    "<134>Mar 14 09:12:31 ledger-db-01 pgbouncer[812]: stats: 212 xacts/s, 214 queries/s",
    "Mar 14 09:14:02 ledger-db-01 sshd[9911]: Accepted publickey for alice from 10.42.0.5",
  ],
  // Classic "Mar 14 09:12:31 host tag:" and rsyslog's high-precision ISO variant (Debian 12+),
  // which only counts with a "[pid]" so that plain "stamp word word:" lines do not qualify.
  test: (line) =>
    /^(?:<\d{1,3}>)?[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S+ [^\s:[]+(?:\[\d+\])?:/.test(line) ||
    /^(?:<\d{1,3}>)?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d) [\w.-]+ [^\s:[]+\[\d+\]: /.test(
      line,
    ),
  foldsAnything: false,
  isOrdered: true,
  scanTime: scan3164,
  decode: decode3164,
};
