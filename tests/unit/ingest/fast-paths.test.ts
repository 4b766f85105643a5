// Hand-written fast paths must agree with the simple forms they replace.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitCsv } from "@/lib/ingest/formats/csv";

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
  });
});
