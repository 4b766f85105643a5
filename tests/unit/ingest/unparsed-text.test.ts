// The report carries the text of the first unparsed lines, so a preview need not split a
// large paste again to show them.

import { describe, expect, it } from "vitest";
import { ingestText, UNPARSED_TEXT_CHARS, UNPARSED_TEXT_LINES } from "@/lib/ingest";

describe("unparsed line texts", () => {
  it("come with the report, in the order of unparsedLines, as the lines were read", () => {
    const text = [
      "2026-03-14T09:00:00Z started",
      "no stamp here",
      "\x1b[31mred text\x1b[0m\r",
      "2026-03-14T09:00:01Z next",
    ].join("\n");
    const [report] = ingestText("a.log", text, { format: "json" }).sources;
    expect(report?.unparsedLines).toEqual([1, 2, 3, 4]);
    expect(report?.unparsedText).toEqual([
      "2026-03-14T09:00:00Z started",
      "no stamp here",
      "red text",
      "2026-03-14T09:00:01Z next",
    ]);
  });

  it("keep the first lines only, each cut", () => {
    const long = "x".repeat(UNPARSED_TEXT_CHARS + 50);
    const text = Array.from({ length: UNPARSED_TEXT_LINES + 5 }, () => long).join("\n");
    const [report] = ingestText("b.log", text, { format: "text" }).sources;
    expect(report?.unparsedLines).toHaveLength(UNPARSED_TEXT_LINES + 5);
    expect(report?.unparsedText).toHaveLength(UNPARSED_TEXT_LINES);
    expect(report?.unparsedText[0]).toHaveLength(UNPARSED_TEXT_CHARS);
  });
});
