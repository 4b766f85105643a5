// Hand-written fast paths must agree with the simple forms they replace.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closingQuote } from "@/lib/ingest/formats/access";
import { splitCsv } from "@/lib/ingest/formats/csv";
import { parseLogfmt } from "@/lib/ingest/formats/logfmt";
import { readStructuredData } from "@/lib/ingest/formats/syslog";
import { MAX_LINE, splitLines } from "@/lib/ingest/lines";
import { newStamp, scanTimestamp, scanTimestampGeneral } from "@/lib/ingest/time/scan";

// The character-by-character splitter splitCsv replaced, kept as its specification.
function splitCsvReference(
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
  const sepCode = sep.charCodeAt(0);
  let start = 0;
  let p = 0;
  while (p < line.length) {
    const c = line.charCodeAt(p);
    if (inQuotes) {
      if (c === 34) {
        field += line.slice(start, p);
        if (line.charCodeAt(p + 1) === 34) {
          field += '"';
          p += 2;
          start = p;
          continue;
        }
        inQuotes = false;
        p++;
        start = p;
        continue;
      }
      p++;
      continue;
    }
    if (c === sepCode) {
      fields.push(field + line.slice(start, p));
      field = "";
      p++;
      start = p;
    } else if (c === 34 && p === start && field === "") {
      inQuotes = true;
      p++;
      start = p;
    } else p++;
  }
  field += line.slice(start, p);
  fields.push(field);
  return { fields, open: inQuotes };
}

// The character-by-character logfmt reader parseLogfmt replaced.
function parseLogfmtReference(line: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let pairs = 0;
  let p = 0;
  const n = line.length;
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
      p++;
      let start = p;
      let buf = "";
      while (p < n && line.charCodeAt(p) !== 34) {
        if (line.charCodeAt(p) === 92 && p + 1 < n) {
          buf += line.slice(start, p);
          const e = line[p + 1];
          buf += e === "n" ? "\n" : e === "t" ? "\t" : (e ?? "");
          p += 2;
          start = p;
          continue;
        }
        p++;
      }
      if (p >= n) return undefined;
      value = buf + line.slice(start, p);
      p++;
    } else {
      const start = p;
      while (p < n && line.charCodeAt(p) !== 32) p++;
      value = line.slice(start, p);
    }
    out[key] = value;
    pairs++;
  }
  return pairs >= 2 ? out : undefined;
}

describe("splitCsv", () => {
  it("splits like the character loop it replaced", () => {
    const piece = fc.constantFrom('"', '""', ",", ";", "\t", "a", "bc", " ", "\\", "é", "");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 16 }),
        fc.constantFrom(",", ";", "\t", "|"),
        fc.option(fc.array(fc.constantFrom("x", "", '"y'), { minLength: 1, maxLength: 3 })),
        (parts, sep, carry) => {
          const line = parts.join("");
          const c = carry ?? undefined;
          expect(splitCsv(line, sep, c)).toEqual(splitCsvReference(line, sep, c));
        },
      ),
      { numRuns: 5000 },
    );
  }, 60_000);
});

describe("parseLogfmt", () => {
  it("reads like the character loop it replaced", () => {
    const piece = fc.constantFrom(
      "a=",
      "ts=",
      "b",
      "=",
      " ",
      "  ",
      '"',
      '\\"',
      "\\",
      "\\n",
      "\\t",
      "x y",
      "1",
      "é",
      'msg="',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const line = parts.join("");
        expect(parseLogfmt(line)).toEqual(parseLogfmtReference(line));
      }),
      { numRuns: 8000 },
    );
    const line = 'ts=2026-03-14T09:00:00Z msg="a \\"b\\" \\n c" k=v d="x\\\\" e';
    expect(parseLogfmt(line)).toEqual(parseLogfmtReference(line));
  });
});

// The structured-data reader that appended one character at a time.
function nextSpaceOrBracket(line: string, p: number): number {
  let q = p;
  while (q < line.length && line.charCodeAt(q) !== 32 && line.charCodeAt(q) !== 93) q++;
  return q;
}

function readStructuredDataReference(
  line: string,
  p: number,
): [Record<string, Record<string, string>> | undefined, number] {
  if (line.charCodeAt(p) === 45) return [undefined, p + 1];
  const out: Record<string, Record<string, string>> = {};
  let q = p;
  while (line.charCodeAt(q) === 91) {
    const idEnd = nextSpaceOrBracket(line, q + 1);
    const params: Record<string, string> = {};
    out[line.slice(q + 1, idEnd)] = params;
    q = idEnd;
    while (q < line.length && line.charCodeAt(q) !== 93) {
      while (line.charCodeAt(q) === 32) q++;
      const eq = line.indexOf("=", q);
      if (eq < 0 || line.charCodeAt(eq + 1) !== 34) return [out, line.length];
      const name = line.slice(q, eq);
      let r = eq + 2;
      let value = "";
      while (r < line.length && line.charCodeAt(r) !== 34) {
        if (line.charCodeAt(r) === 92 && r + 1 < line.length) r++;
        value += line[r];
        r++;
      }
      params[name] = value;
      q = r + 1;
    }
    q++;
  }
  return [out, q];
}

describe("readStructuredData", () => {
  it("reads like the per-character version it replaced", () => {
    const piece = fc.constantFrom(
      "[",
      "]",
      "id",
      " ",
      "k=",
      '"',
      "\\",
      '\\"',
      "v",
      "=",
      "-",
      "é",
      'a="b"',
      '[x k="v"]',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.nat(3), (parts, p) => {
        const line = parts.join("");
        expect(readStructuredData(line, p)).toEqual(readStructuredDataReference(line, p));
      }),
      { numRuns: 8000 },
    );
  }, 60_000);
});

describe("the fixed-position ISO 8601 reader", () => {
  // Stamps of the common layout with every field pushed to and past its limits, then mutated:
  // a character replaced, inserted or removed.
  const num = (max: number, width: number) =>
    fc.integer({ min: 0, max }).map((n) => String(n).padStart(width, "0"));
  const stamp = fc
    .tuple(
      num(9999, 4),
      fc.oneof(num(13, 2), num(9, 1)),
      fc.oneof(num(32, 2), num(9, 1)),
      fc.constantFrom("T", " ", "t", "_"),
      fc.oneof(num(25, 2), num(9, 1)),
      num(61, 2),
      fc.oneof(
        fc.constant(""),
        num(61, 2).map((s) => `:${s}`),
      ),
      fc.oneof(
        fc.constant(""),
        fc
          .tuple(fc.constantFrom(".", ",", ":"), fc.stringMatching(/^\d{1,10}$/))
          .map(([a, b]) => a + b),
      ),
      fc.constantFrom(
        ...["", "Z", "z", "+01:00", "-0530", "+14", "+15:00", " UTC", " GMT", " PM", "am"],
        ...[" +0000", " x", "]", " ", "1", ":", "-", "+"],
      ),
    )
    .map(
      ([y, mo, d, t, h, mi, sec, frac, zone]) =>
        `${y}-${mo}-${d}${t}${h}:${mi}${sec}${frac}${zone}`,
    );
  const mutated = fc
    .tuple(stamp, fc.nat(30), fc.constantFrom("", "0", "9", ":", "-", "T", " ", "A", "+", "."))
    .map(([s, at, c]) => s.slice(0, at) + c + s.slice(at + (c === "" ? 1 : 0)));

  it("reads exactly what the general scanner reads", () => {
    const a = newStamp();
    const b = newStamp();
    fc.assert(
      fc.property(fc.oneof(stamp, mutated, fc.string({ maxLength: 30 })), fc.nat(2), (s, p) => {
        const text = " ".repeat(p) + s;
        expect(scanTimestamp(text, p, a)).toBe(scanTimestampGeneral(text, p, b));
        expect(a).toEqual(b);
      }),
      { numRuns: 20_000 },
    );
  }, 60_000);
});

describe("source lines as bounds into the text", () => {
  // The array splitter SourceLines replaced, kept as its specification.
  const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
  function splitReference(input: string): { lines: string[]; truncated: number[] } {
    let text = input;
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.includes("\x1b")) text = text.replace(ANSI, "");
    const lines = text.split("\n");
    if (lines.length > 1 && input.endsWith("\n")) lines.pop();
    const truncated: number[] = [];
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i] as string;
      if (line.endsWith("\r")) line = line.slice(0, -1);
      if (line.length > MAX_LINE) {
        line = line.slice(0, MAX_LINE);
        truncated.push(i + 1);
      }
      lines[i] = line;
    }
    if (input === "" || input === "\uFEFF") lines.pop();
    return { lines, truncated };
  }

  const check = (input: string) => {
    const { lines, truncated } = splitLines(input);
    const expected = splitReference(input);
    expect(lines.slice()).toEqual(expected.lines);
    expect([...truncated]).toEqual(expected.truncated);
    expect(lines.length).toBe(expected.lines.length);
    expected.lines.forEach((line, i) => {
      expect(lines.at(i)).toBe(line);
      expect(lines.isLine(line, i)).toBe(true);
    });
    expect(lines.at(lines.length)).toBeUndefined();
  };

  it("gives the lines, CRs, BOM, colour codes and final newline as the array splitter did", () => {
    const piece = fc.constantFrom("a", "bc", "\n", "\r", "\r\n", "\uFEFF", "\x1b[31m", "\x1b", " ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => check(parts.join(""))),
      { numRuns: 5000 },
    );
  }, 60_000);

  it("cuts lines over 64 KiB and remembers them", () => {
    check(`a\n${"x".repeat(MAX_LINE + 5)}\r\nb\n${"y".repeat(MAX_LINE)}\n`);
  });
});

describe("closing quotes of access-log fields", () => {
  // The character loop closingQuote replaced, kept as its specification.
  function reference(line: string, p: number): number {
    if (line.charCodeAt(p) !== 34) return -1;
    let q = p + 1;
    while (q < line.length && line.charCodeAt(q) !== 34) q += line.charCodeAt(q) === 92 ? 2 : 1;
    return q >= line.length ? -1 : q;
  }

  it("finds the quote the character loop found", () => {
    const piece = fc.constantFrom('"', "\\", "a", " ", '\\"', "\\\\");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.nat(3), (parts, p) => {
        const line = parts.join("");
        expect(closingQuote(line, p)).toBe(reference(line, p));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("stamps read in the source text instead of the line", () => {
  // SourceContext.scanStamp reads the line being parsed in the text it was sliced from: what
  // follows a line there (LF, or CR before LF) must stop the scanner as the line's end does.
  const PIECES = [
    "2026-03-14T09:10:06",
    "2026-03-14 09:10:06",
    ".402",
    "Z",
    "+01:00",
    " +0100",
    " UTC",
    "Mar 14 09:12:31",
    "Sat Mar 14 10:12:03 2026",
    "14/Mar/2026:10:09:58",
    "03/04/2024 10:00",
    "1773479340123",
    "1773479340",
    ".5",
    "20260314 09:00:00",
    " 2026",
    " AM",
    "a",
    " ",
    ":",
    "-",
  ];
  const stampish = fc
    .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 })
    .map((p) => p.join(""));

  it("gives the stamp the line alone gives", () => {
    const a = newStamp();
    const b = newStamp();
    fc.assert(
      fc.property(
        fc.string({ maxLength: 6 }).filter((s) => !/[\r\n]/.test(s)),
        stampish,
        fc.constantFrom("\n", "\r\n", ""),
        fc.string({ maxLength: 8 }),
        fc.nat(3),
        (before, line, eol, after, at) => {
          const p = Math.min(at, line.length);
          const text = `${before}\n${line}${eol}${eol === "" ? "" : after}`;
          const start = before.length + 1;
          const inLine = scanTimestamp(line, p, a);
          const inText = scanTimestamp(text, start + p, b);
          expect(inText).toBe(inLine);
          if (inLine) expect({ ...b, end: b.end - start }).toEqual(a);
        },
      ),
      { numRuns: 20_000 },
    );
  }, 60_000);
});
