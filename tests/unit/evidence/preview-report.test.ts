// The preview shows the lines nothing recognised by finding only those lines in the paste:
// the same text as splitting the whole paste, for any text and any line numbers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linesAt } from "@/lib/evidence/preview-report";

describe("linesAt", () => {
  it("finds lines by number, without the \\r of a CRLF ending", () => {
    const text = "one\r\ntwo\nthree\r\n\nlast";
    expect([...linesAt(text, [1, 2, 3, 4, 5, 6])]).toEqual([
      [1, "one"],
      [2, "two"],
      [3, "three"],
      [4, ""],
      [5, "last"],
    ]);
    expect(linesAt("a\rb\n", [1, 2])).toEqual(
      new Map([
        [1, "a\rb"],
        [2, ""],
      ]),
    );
  });

  it("agrees with splitting the whole text", () => {
    const piece = fc.constantFrom("a", "b", " ", "\n", "\r", "\r\n", "é", "😀");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join("")),
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 10 }),
        (text, numbers) => {
          const lines = text.split(/\r?\n/);
          const expected = new Map(
            numbers
              .filter((number) => number <= lines.length)
              .map((number) => [number, lines[number - 1] ?? ""] as const),
          );
          expect(linesAt(text, numbers)).toEqual(expected);
        },
      ),
    );
  });
});
