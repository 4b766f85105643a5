import { describe, expect, it } from "vitest";
import { findQuotes, maskCode, splitSentences } from "../../../lib/language/segment";

const texts = (input: string) => splitSentences(maskCode(input)).map((sentence) => sentence.text);

describe("sentence splitting", () => {
  it.each([
    ["Dr. Rao joined. She paged the DBA.", ["Dr. Rao joined.", "She paged the DBA."]],
    [
      "We use e.g. canaries. Version v2.3.1 shipped.",
      ["We use e.g. canaries.", "Version v2.3.1 shipped."],
    ],
    ["- first item\n- second item", ["first item", "second item"]],
    ["A wrapped line\ncontinues here. Next one!", ["A wrapped line\ncontinues here.", "Next one!"]],
    ['He said "stop." Then left.', ['He said "stop."', "Then left."]],
    ["14:02 Alice paged DB\n14:05 Bob joined", ["14:02 Alice paged DB", "14:05 Bob joined"]],
  ])("%j", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("marks questions and keeps offsets into the original text", () => {
    const input = "Why did it fail?  It timed out.";
    const sentences = splitSentences(maskCode(input));
    expect(sentences.map((sentence) => sentence.isQuestion)).toEqual([true, false]);
    for (const sentence of sentences)
      expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe("code masking and quotes", () => {
  it("blanks code but keeps length and newlines", () => {
    const input = "run `rm -rf` now\n```\nx\n```";
    const masked = maskCode(input);
    expect(masked).toHaveLength(input.length);
    expect(masked).not.toContain("rm");
    expect(masked.split("\n")).toHaveLength(input.split("\n").length);
  });

  it("leaves a lone backtick alone", () => {
    expect(maskCode("a ` b")).toBe("a ` b");
  });

  it("finds quotations but not apostrophes", () => {
    const text = "Kevin's note said 'it wasn't me' and “done”.";
    expect(findQuotes(text).map(([start, end]) => text.slice(start, end))).toEqual([
      "it wasn't me",
      "done",
    ]);
  });
});
