import { describe, expect, it } from "vitest";
import {
  byteLength,
  checkEvidenceLimits,
  looksBinary,
  toIngestSources,
} from "@/lib/evidence/evidence-input";
import { rawContext } from "@/lib/timeline/raw-context";
import { toCsv, toMarkdown, type ExportRow } from "@/lib/timeline/format-timeline-export";

describe("evidence limits", () => {
  it.each([
    { sources: [], expected: /empty/ },
    { sources: [{ name: "a", text: " \n\t" }], expected: /empty/ },
    { sources: [{ name: "a.bin", text: "\u0000\u0001binary" }], expected: /binary/ },
    { sources: [{ name: "big", text: "x".repeat(20 * 1024 * 1024 + 1) }], expected: /20 MB/ },
    { sources: [{ name: "ok", text: "2026-03-14T09:10:05Z started" }], expected: null },
  ])("$sources.length source(s) → $expected", ({ sources, expected }) => {
    const problem = checkEvidenceLimits(sources);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it("counts UTF-8 bytes and recognises text with tabs, ANSI colours and accents", () => {
    expect(byteLength("aé€😀")).toBe(1 + 2 + 3 + 4);
    expect(looksBinary("\u001b[31mERROR\u001b[0m\tdéjà vu\r\n")).toBe(false);
  });

  it("makes source names unique", () => {
    const names = toIngestSources({
      sources: [
        { name: "app.log", text: "a", options: {} },
        { name: "app.log", text: "b", options: {} },
      ],
    }).map((source) => source.name);
    expect(names).toEqual(["app.log", "app.log (2)"]);
  });
});

describe("raw context", () => {
  it("returns the lines around an entry and marks its own", () => {
    const text = ["one", "two", "three", "four", "five"].join("\r\n");
    expect(rawContext(text, 3, 3, 1)).toEqual([
      { line: 2, text: "two", isEvent: false },
      { line: 3, text: "three", isEvent: true },
      { line: 4, text: "four", isEvent: false },
    ]);
    expect(rawContext(text, 5, 5, 10).map((line) => line.line)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("exports", () => {
  const row: ExportRow = {
    time: "2026-03-14T09:31:00.000Z",
    service: "flagd",
    level: "",
    source: "manual",
    message: '=HYPERLINK("x"), with "quotes"\nand a newline',
    keyMoment: "Repair",
    keyMomentNote: "flag | flipped",
    isManual: true,
    author: "Bob",
  };
  it("quotes CSV fields and defuses formulas", () => {
    const csv = toCsv([row]);
    expect(csv).toContain(`"'=HYPERLINK(""x""), with ""quotes""\nand a newline"`);
  });
  it("lists key moments with notes in Markdown and escapes table pipes", () => {
    const markdown = toMarkdown("Pool <shrink>", [row]);
    expect(markdown).toContain("## Key moments");
    expect(markdown).toContain("Note: flag \\| flipped");
    expect(markdown).toContain("Pool \\<shrink\\>");
  });
});
