// Formats that are "timestamp, then text": logback/log4j/Spring Boot, Python logging, Go's
// log package, and any plain line that starts with a timestamp (optionally in brackets).
// They share the scanner and differ in how the text after the stamp is split.

import { levelFromName, sniffLevel } from "../levels";
import { newStamp, scanTimestamp, type Stamp } from "../time/scan";
import type { Level } from "../types";
import type { DecodedLine, StampReader, StatelessLineFormat } from "../line-format";
import { Char } from "../chars";

/**
 * Scans a stamp at the start, allowing "[stamp]"; returns the index where the text begins or
 * -1. With the parsing context, the line being parsed is scanned in the source text.
 */
function leadingStamp(line: string, st: Stamp, reader?: StampReader): number {
  const bracket = line.charCodeAt(0) === Char.LEFT_BRACKET ? 1 : 0;
  if (!(reader ? reader.scanStamp(line, bracket, st) : scanTimestamp(line, bracket, st))) return -1;
  let p = st.end;
  if (bracket) {
    if (line.charCodeAt(p) === Char.RIGHT_BRACKET) p++;
    else {
      // Celery-style "[stamp: INFO/MainProcess] text": the bracket holds more than the stamp.
      const c = line.charCodeAt(p);
      if (
        (c !== Char.COLON && c !== Char.SPACE) ||
        line.indexOf("]", p) < 0 ||
        line.indexOf("]", p) - p > 80
      )
        return -1;
      p++;
    }
  }
  const c = line.charCodeAt(p);
  if (
    p < line.length &&
    c !== Char.SPACE &&
    c !== Char.TAB &&
    c !== Char.PIPE &&
    c !== Char.COLON &&
    c !== Char.COMMA
  )
    return -1;
  while (
    line.charCodeAt(p) === Char.SPACE ||
    line.charCodeAt(p) === Char.TAB ||
    line.charCodeAt(p) === Char.PIPE
  )
    p++;
  return p;
}

const JAVA_HEAD =
  /^(?:\[([^\]]*)\] +)?([A-Z]{4,7}|[A-Z][a-z]{3,6}) +(?:(\d+) +--- +)?(?:\[([^\]]*)\] +)*(?:([\w$.[\]-]+) *(?: - | : ))?/;

const attributeStamp = newStamp();

/** A Java line's attributes, read again from the line when first asked for. */
function javaAttributes(line: string): Record<string, unknown> | undefined {
  const p = leadingStamp(line, attributeStamp);
  if (p < 0) return undefined;
  const m = JAVA_HEAD.exec(line.slice(p));
  const level = m ? levelFromName(m[2] ?? "") : undefined;
  return m && level ? { thread: m[4] ?? m[1], logger: m[5], pid: m[3] } : undefined;
}

/** The stamp as written, without an opening bracket. */
const stampText = (line: string, st: Stamp): string =>
  line.slice(line.charCodeAt(0) === Char.LEFT_BRACKET ? 1 : 0, st.end);

function decodeJava(line: string, st: Stamp, p: number, out: DecodedLine): void {
  const rest = line.slice(p);
  const m = JAVA_HEAD.exec(rest);
  const level = m ? levelFromName(m[2] ?? "") : undefined;
  out.timeText = stampText(line, st);
  out.level = level ?? sniffLevel(rest);
  out.message = m && level ? rest.slice(m[0].length) : rest;
}

export const java: StatelessLineFormat = {
  id: "java",
  label: "logback / log4j / Spring Boot",
  detectionOrder: 150,
  sample: [
    "2026-03-14 09:10:06.377 INFO  [http-nio-8080-exec-3] [5f2c1e9a] c.e.payments.LedgerPool - pool resized to 8",
    "2026-03-14 09:11:41.003 ERROR [http-nio-8080-exec-7] [0d3b7e5a] c.e.payments.PayController - request failed",
  ],
  test: (line) =>
    /^\[?\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d[.,]\d{3}\S*\]? +(?:\[[^\]]*\] +)?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|SEVERE)\b/.test(
      line,
    ),
  foldsAnything: true,
  isOrdered: true,
  scanTime: leadingStamp,
  decode: decodeJava,
  attributes: javaAttributes,
};

/** The logger of a "stamp - logger - LEVEL - message" line, or undefined. */
function pythonLogger(rest: string): string | undefined {
  if (!rest.startsWith("- ")) return undefined;
  const a = rest.indexOf(" - ", 2);
  const b = a < 0 ? -1 : rest.indexOf(" - ", a + 3);
  return a > 0 && b > 0 ? rest.slice(2, a) : undefined;
}

/** A Python line's attributes, read again from the line when first asked for. */
function pythonAttributes(line: string): Record<string, unknown> | undefined {
  const p = leadingStamp(line, attributeStamp);
  const logger = p < 0 ? undefined : pythonLogger(line.slice(p));
  return logger ? { logger } : undefined;
}

function decodePython(line: string, st: Stamp, p: number, out: DecodedLine): void {
  let rest = line.slice(p);
  let level: Level | undefined;
  if (rest.startsWith("- ")) {
    const a = rest.indexOf(" - ", 2);
    const b = a < 0 ? -1 : rest.indexOf(" - ", a + 3);
    if (a > 0 && b > 0) {
      level = levelFromName(rest.slice(a + 3, b));
      rest = rest.slice(b + 3);
    }
  } else {
    // "%(asctime)s %(levelname)s %(name)s: %(message)s" and similar.
    const sp = rest.indexOf(" ");
    level = sp > 0 ? levelFromName(rest.slice(0, sp)) : undefined;
    if (level) rest = rest.slice(sp + 1);
  }
  out.timeText = line.slice(0, st.end);
  out.level = level ?? sniffLevel(rest);
  out.message = rest;
}

export const python: StatelessLineFormat = {
  id: "python",
  label: "Python logging",
  detectionOrder: 130,
  sample: [
    "2026-03-14 09:11:52,118 - payments.worker - WARNING - capture slow: 2.1s",
    "2026-03-14 09:12:20,504 - payments.worker - ERROR - capture failed: timeout",
  ],
  test: (line) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} - \S.* - [A-Z]+ - /.test(line),
  foldsAnything: true,
  isOrdered: true,
  scanTime: leadingStamp,
  decode: decodePython,
  attributes: pythonAttributes,
};

function decodePlain(line: string, st: Stamp, p: number, out: DecodedLine): void {
  const message = line.slice(p);
  out.timeText = stampText(line, st);
  out.level = sniffLevel(message);
  out.message = message;
}

// Ruby's Logger (Rails): "I, [2026-03-14T09:10:06.377123 #1234]  INFO -- progname: message".
const RUBY = /^[DIWEFAU], \[(\S+ ?\S*) #(\d+)\] +([A-Z]+) -- ([^:]*): ?/;

function scanRuby(line: string, st: Stamp, reader: StampReader): number {
  const m = RUBY.exec(line);
  return m && reader.scanStamp(line, 4, st) ? m[0].length : -1;
}

function decodeRuby(line: string, _st: Stamp, _at: number, out: DecodedLine): void {
  const m = RUBY.exec(line) ?? [];
  out.timeText = m[1] ?? "";
  out.level = levelFromName(m[3] ?? "");
  out.message = line.slice(m[0]?.length ?? 0);
  out.service = m[4] || undefined;
  out.attributes = { pid: m[2] };
}

export const rubyLogger: StatelessLineFormat = {
  id: "ruby-logger",
  label: "Ruby Logger / Rails",
  detectionOrder: 140,
  sample: [
    "I, [2026-03-14T09:10:06.377123 #1234]  INFO -- payments: started capture",
    "E, [2026-03-14T09:12:06.000001 #1234] ERROR -- payments: capture failed",
  ],
  test: (line) => RUBY.test(line),
  foldsAnything: true,
  isOrdered: true,
  scanTime: scanRuby,
  decode: decodeRuby,
};

export const goLog: StatelessLineFormat = {
  id: "go-log",
  label: "Go log package",
  detectionOrder: 170,
  sample: ["2026/03/14 09:10:06 listening on :8080", "2026/03/14 09:12:01 dial tcp: i/o timeout"],
  test: (line) => /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})? /.test(line),
  foldsAnything: true,
  isOrdered: true,
  scanTime: leadingStamp,
  decode: decodePlain,
};

const plainStamp = newStamp();

const EPOCH_SHARE = 0.8;

export const timestamped: StatelessLineFormat = {
  id: "timestamped",
  label: "timestamped lines",
  detectionOrder: 210,
  sample: [
    "2026-03-14T09:10:06Z deploy started rev 4812",
    "2026-03-14T09:11:40Z ERROR requests timing out",
  ],
  test: (line) => leadingStamp(line, plainStamp) >= 0 && Number.isNaN(plainStamp.epochMs) === true,
  // Lines starting with an epoch number ("1773479340 message"): only when nothing better fits.
  detectWhenNothingElse(sample) {
    let count = 0;
    for (const line of sample) if (leadingStamp(line, plainStamp) >= 0) count++;
    return count / sample.length >= EPOCH_SHARE ? count / sample.length : 0;
  },
  foldsAnything: true,
  isOrdered: true,
  scanTime: leadingStamp,
  decode: decodePlain,
};
