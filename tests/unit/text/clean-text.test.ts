import { describe, expect, it } from "vitest";
import { incidentInputSchema, emptyIncidentInput } from "@/lib/incidents/schema";
import { parseNarrative } from "@/lib/rich-text/narrative";
import { cleanMultilineText, cleanSingleLineText, revealInvisible } from "@/lib/text/clean-text";
import { eventValuesSchema } from "@/lib/timeline/event-edit-input";
import { signUpSchema } from "@/lib/users/schema";

describe("cleanSingleLineText", () => {
  it.each([
    ["Pool\u0000 exhausted\u0007", "Pool exhausted"],
    ["two\nlines\r\nhere", "two lines here"],
    ["tab\there", "tab here"],
    ["esc \u001b[31mred\u001b[0m", "esc [31mred[0m"],
    ["C1 \u0085\u009b ok", "C1  ok"],
    // Overrides and embeddings are kept as a visible marker; isolates are text.
    ["\u202Egnp.exe", "⟨U+202E⟩gnp.exe"],
    ["a\u202Ab\u202C", "a⟨U+202A⟩b⟨U+202C⟩"],
    ["\u2067مرحبا\u2069", "\u2067مرحبا\u2069"],
    ["Zoë 🧑‍💻", "Zoë 🧑‍💻"],
  ])("%j → %j", (input, output) => {
    expect(cleanSingleLineText(input)).toBe(output);
  });
});

describe("cleanMultilineText", () => {
  it("keeps line breaks and tabs, drops other controls", () => {
    expect(cleanMultilineText("a\r\nb\rc\n\td\u0000\u0008e\u007f")).toBe("a\nb\nc\n\tde");
    expect(cleanMultilineText("line\n\u202Egnp.exe")).toBe("line\n⟨U+202E⟩gnp.exe");
  });
});

describe("revealInvisible", () => {
  it.each([
    ["report\u202Egnp.exe", "report⟨U+202E⟩gnp.exe"],
    ["\u2066isolated\u2069", "⟨U+2066⟩isolated⟨U+2069⟩"],
    ["zero\u200Bwidth\uFEFF", "zero⟨U+200B⟩width⟨U+FEFF⟩"],
    ["bell\u0007", "bell⟨U+0007⟩"],
    ["plain\ttext\nlines", "plain\ttext\nlines"],
    ["Zoë 🧑‍💻 مرحبا", "Zoë 🧑‍💻 مرحبا"],
  ])("%j → %j", (input, output) => {
    expect(revealInvisible(input)).toBe(output);
  });
});

describe("typed text is cleaned at the boundary", () => {
  it("strips controls from incident titles, labels and lists", () => {
    const parsed = incidentInputSchema.parse({
      ...emptyIncidentInput("UTC"),
      title: "Pool\u0000 exhausted\n",
      services: ["ledger\u0007-db"],
      contributingFactors: ["first line\r\nsecond\u0000 line"],
      summary: "sum\u0001mary",
    });
    expect(parsed.title).toBe("Pool exhausted");
    expect(parsed.services).toEqual(["ledger-db"]);
    expect(parsed.contributingFactors).toEqual(["first line\nsecond line"]);
    expect(parsed.summary).toBe("summary");
  });

  it("strips controls from event text and names", () => {
    const parsed = eventValuesSchema.parse({
      time: "2026-03-14 09:24",
      message: "flag\u0000 flipped\nback",
      service: "api\u0007",
      keyMoment: null,
      keyMomentNote: "",
    });
    expect(parsed).toMatchObject({
      time: "2026-03-14T09:24:00.000Z",
      message: "flag flipped\nback",
      service: "api",
    });
    expect(
      signUpSchema.parse({ name: "Ada\u0000\nAdmin", email: "a@b.test", password: "0123456789" })
        .name,
    ).toBe("Ada Admin");
  });

  it("strips controls from narrative text", () => {
    const doc = parseNarrative(
      JSON.stringify({
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "a\u0000b\u0007" }] }],
      }),
    );
    expect(doc.content?.[0]?.content?.[0]?.text).toBe("ab");
  });
});
