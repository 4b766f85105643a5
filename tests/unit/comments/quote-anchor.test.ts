// Finding a narrative selection again after edits.
import { describe, expect, it } from "vitest";
import { locateQuote, quoteContext } from "@/lib/comments/quote-anchor";

describe("locateQuote", () => {
  const text = "The pool filled up.\n\nBob saw the graph flat at eight.";
  it.each([
    ["the graph flat", "Bob saw ", " at", { isFound: true, isExact: true }],
    ["up. Bob saw", "", "", { isFound: true, isExact: true }],
    ["the graph flat", "Alice saw ", "", { isFound: true, isExact: false }],
    ["the chart", "", "", { isFound: false, isExact: false }],
    ["   ", "", "", { isFound: false, isExact: false }],
  ])("%j", (quote, before, after, expected) => {
    expect(locateQuote(text, quote, before, after)).toEqual(expected);
  });
});

describe("quoteContext", () => {
  it("keeps the end of what comes before and the start of what follows", () => {
    const context = quoteContext(`${"a".repeat(100)}\nb`, `c\n${"d".repeat(100)}`);
    expect(context.before).toBe(`${"a".repeat(38)} b`);
    expect(context.after).toBe(`c ${"d".repeat(38)}`);
  });
});
