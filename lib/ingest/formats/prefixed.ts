// Formats that are "timestamp, then text": logback/log4j/Spring Boot, Python logging, Go's
// log package, and any plain line that starts with a timestamp (optionally in brackets).
// They share the scanner and differ in how the text after the stamp is split.

import { levelFromName, sniffLevel } from "../levels";
import { newStamp, scanTimestamp, type Stamp } from "../time/scan";
import type { Level } from "../types";
import {
  ENTRY,
  NOT_ENTRY,
  type LineFormat,
  type LineParser,
  type ParseContext,
} from "../line-format";
import { TAB, SPACE, COMMA, COLON, LEFT_BRACKET, RIGHT_BRACKET, PIPE } from "../chars";

/**
 * Scans a stamp at the start, allowing "[stamp]"; returns the index where the text begins or
 * -1. With the parsing context, the line being parsed is scanned in the source text.
 */
function leadingStamp(line: string, st: Stamp, ctx?: ParseContext): number {
  const bracket = line.charCodeAt(0) === LEFT_BRACKET ? 1 : 0;
  if (!(ctx ? ctx.scanStamp(line, bracket, st) : scanTimestamp(line, bracket, st))) return -1;
  let p = st.end;
  if (bracket) {
    if (line.charCodeAt(p) === RIGHT_BRACKET) p++;
    else {
      // Celery-style "[stamp: INFO/MainProcess] text": the bracket holds more than the stamp.
      const c = line.charCodeAt(p);
      if ((c !== COLON && c !== SPACE) || line.indexOf("]", p) < 0 || line.indexOf("]", p) - p > 80)
        return -1;
      p++;
    }
  }
  const c = line.charCodeAt(p);
  if (p < line.length && c !== SPACE && c !== TAB && c !== PIPE && c !== COLON && c !== COMMA)
    return -1;
  while (line.charCodeAt(p) === SPACE || line.charCodeAt(p) === TAB || line.charCodeAt(p) === PIPE)
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

function createJava(ctx: ParseContext): LineParser {
  const st = newStamp();
  return {
    parse(line, lineNo) {
      const p = leadingStamp(line, st, ctx);
      if (p < 0) return NOT_ENTRY;
      // A lite pass needs the time only; the rest is decoded when first read.
      if (ctx.isLite) {
        ctx.emit(st, "", lineNo, undefined, "");
        return ENTRY;
      }
      const rest = line.slice(p);
      const m = JAVA_HEAD.exec(rest);
      const level = m ? levelFromName(m[2] ?? "") : undefined;
      const message = m && level ? rest.slice(m[0].length) : rest;
      const event = ctx.emit(
        st,
        line.slice(line.charCodeAt(0) === LEFT_BRACKET ? 1 : 0, st.end),
        lineNo,
        level ?? sniffLevel(rest),
        message,
      );
      if (m && level) {
        if (ctx.isSourceLine(line, lineNo)) event.readAttributesLater(javaAttributes);
        else event.attributes = { thread: m[4] ?? m[1], logger: m[5], pid: m[3] };
      }
      return ENTRY;
    },
  };
}

export const java: LineFormat = {
  id: "java",
  label: "logback / log4j / Spring Boot",
  test: (line) =>
    /^\[?\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d[.,]\d{3}\S*\]? +(?:\[[^\]]*\] +)?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|SEVERE)\b/.test(
      line,
    ),
  foldsAnything: true,
  refills: true,
  isOrdered: true,
  create: createJava,
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

function createPython(ctx: ParseContext): LineParser {
  const st = newStamp();
  return {
    parse(line, lineNo) {
      const p = leadingStamp(line, st, ctx);
      if (p < 0) return NOT_ENTRY;
      if (ctx.isLite) {
        ctx.emit(st, "", lineNo, undefined, "");
        return ENTRY;
      }
      let rest = line.slice(p);
      let logger: string | undefined;
      let level: Level | undefined;
      if (rest.startsWith("- ")) {
        const a = rest.indexOf(" - ", 2);
        const b = a < 0 ? -1 : rest.indexOf(" - ", a + 3);
        if (a > 0 && b > 0) {
          logger = rest.slice(2, a);
          level = levelFromName(rest.slice(a + 3, b));
          rest = rest.slice(b + 3);
        }
      } else {
        // "%(asctime)s %(levelname)s %(name)s: %(message)s" and similar.
        const sp = rest.indexOf(" ");
        level = sp > 0 ? levelFromName(rest.slice(0, sp)) : undefined;
        if (level) rest = rest.slice(sp + 1);
      }
      const event = ctx.emit(st, line.slice(0, st.end), lineNo, level ?? sniffLevel(rest), rest);
      if (logger) {
        if (ctx.isSourceLine(line, lineNo)) event.readAttributesLater(pythonAttributes);
        else event.attributes = { logger };
      }
      return ENTRY;
    },
  };
}

export const python: LineFormat = {
  id: "python",
  label: "Python logging",
  test: (line) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} - \S.* - [A-Z]+ - /.test(line),
  foldsAnything: true,
  refills: true,
  isOrdered: true,
  create: createPython,
};

function createPlain(ctx: ParseContext): LineParser {
  const st = newStamp();
  return {
    parse(line, lineNo) {
      const p = leadingStamp(line, st, ctx);
      if (p < 0) return NOT_ENTRY;
      if (ctx.isLite) {
        ctx.emit(st, "", lineNo, undefined, "");
        return ENTRY;
      }
      const message = line.slice(p);
      ctx.emit(
        st,
        line.slice(line.charCodeAt(0) === LEFT_BRACKET ? 1 : 0, st.end),
        lineNo,
        sniffLevel(message),
        message,
      );
      return ENTRY;
    },
  };
}

// Ruby's Logger (Rails): "I, [2026-03-14T09:10:06.377123 #1234]  INFO -- progname: message".
const RUBY = /^[DIWEFAU], \[(\S+ ?\S*) #(\d+)\] +([A-Z]+) -- ([^:]*): ?/;

function createRuby(ctx: ParseContext): LineParser {
  const st = newStamp();
  return {
    parse(line, lineNo) {
      const m = RUBY.exec(line);
      if (!m || !ctx.scanStamp(line, 4, st)) return NOT_ENTRY;
      const event = ctx.emit(
        st,
        m[1] ?? "",
        lineNo,
        levelFromName(m[3] ?? ""),
        line.slice(m[0].length),
      );
      event.service = m[4] || undefined;
      event.attributes = { pid: m[2] };
      return ENTRY;
    },
  };
}

export const rubyLogger: LineFormat = {
  id: "ruby-logger",
  label: "Ruby Logger / Rails",
  test: (line) => RUBY.test(line),
  foldsAnything: true,
  refills: true,
  isOrdered: true,
  create: createRuby,
};

export const goLog: LineFormat = {
  id: "go-log",
  label: "Go log package",
  test: (line) => /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})? /.test(line),
  foldsAnything: true,
  refills: true,
  isOrdered: true,
  create: createPlain,
};

const plainStamp = newStamp();

export const timestamped: LineFormat = {
  id: "timestamped",
  label: "timestamped lines",
  test: (line) => leadingStamp(line, plainStamp) >= 0 && Number.isNaN(plainStamp.epochMs) === true,
  foldsAnything: true,
  refills: true,
  isOrdered: true,
  create: createPlain,
};

/** Lines starting with an epoch number ("1773479340 message"): only when nothing better fits. */
export const epochTimestamped: LineFormat = {
  ...timestamped,
  test: (line) => leadingStamp(line, plainStamp) >= 0,
};
