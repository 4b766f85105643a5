// logfmt (Go kit, logrus text with keys, Heroku): key=value pairs, values optionally quoted
// with backslash escapes. A hand scanner, because a regex per pair is several times slower.

import type { SourceContext } from "../context";
import { applyCommonFields, emitFromTimeValue, FieldScan, firstOf, TIME_KEYS } from "./fields";
import { ENTRY, NOT_ENTRY, type LineFormat, type LineParser } from "./format";

/** Parses a logfmt line; undefined when it is not one (needs at least two pairs). */
export function parseLogfmt(line: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let pairs = 0;
  let p = 0;
  const n = line.length;
  // Next backslash at or after p (-1: none left; -2: not looked for yet).
  let backslash = -2;
  while (p < n) {
    while (p < n && line.charCodeAt(p) === 32) p++;
    if (p >= n) break;
    const keyStart = p;
    while (p < n) {
      const c = line.charCodeAt(p);
      if (c === 61 || c === 32 || c === 34) break;
      p++;
    }
    if (p === keyStart) return undefined;
    const key = line.slice(keyStart, p);
    if (line.charCodeAt(p) !== 61) {
      // A bare word: allowed after at least two pairs (some loggers append flags).
      if (pairs < 2) return undefined;
      out[key] = "true";
      continue;
    }
    p++;
    let value: string;
    if (line.charCodeAt(p) === 34) {
      // Jump from quote to backslash with indexOf rather than testing every character.
      p++;
      let start = p;
      let buf = "";
      for (;;) {
        const q = line.indexOf('"', p);
        if (backslash !== -1 && backslash < p) backslash = line.indexOf("\\", p);
        if (backslash >= 0 && (q < 0 || backslash < q) && backslash + 1 < n) {
          buf += line.slice(start, backslash);
          const e = line[backslash + 1];
          buf += e === "n" ? "\n" : e === "t" ? "\t" : (e ?? "");
          p = backslash + 2;
          start = p;
          continue;
        }
        if (q < 0) return undefined;
        p = q;
        break;
      }
      value = buf + line.slice(start, p);
      p++;
    } else {
      const start = p;
      const space = line.indexOf(" ", p);
      p = space < 0 ? n : space;
      value = line.slice(start, p);
    }
    out[key] = value;
    pairs++;
  }
  return pairs >= 2 ? out : undefined;
}

function startsWithKey(line: string): boolean {
  const c = line.charCodeAt(0);
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 64)) return false;
  const eq = line.indexOf("=");
  if (eq < 1 || eq > 40) return false;
  for (let i = 1; i < eq; i++) {
    const d = line.charCodeAt(i);
    if (d === 32 || d === 34) return false;
  }
  return true;
}

function createParser(ctx: SourceContext): LineParser {
  const scan = new FieldScan();
  return {
    parse(line, lineNo) {
      if (!startsWithKey(line)) return NOT_ENTRY;
      const obj = parseLogfmt(line);
      if (!obj) return NOT_ENTRY;
      scan.read(obj);
      const event = emitFromTimeValue(ctx, scan.time, lineNo, scan.level, scan.message);
      if (!event) return NOT_ENTRY;
      applyCommonFields(event, obj, scan, line === ctx.lines[lineNo - 1] ? parseLogfmt : undefined);
      return ENTRY;
    },
  };
}

export const logfmt: LineFormat = {
  id: "logfmt",
  label: "logfmt",
  test(line) {
    if (!startsWithKey(line)) return false;
    const obj = parseLogfmt(line);
    return obj !== undefined && firstOf(obj, TIME_KEYS) !== undefined;
  },
  foldsAnything: false,
  refills: true,
  isOrdered: true,
  create: createParser,
};
