import { describe, expect, it } from "vitest";
import { ruleIds } from "./helpers";

const flagged = "The runbook was not followed.";

describe("inline directives", () => {
  it("silences the listed rule on the same line", () => {
    expect(ruleIds(`${flagged} <!-- blameless-ignore PB-01 -->`)).toEqual([]);
    expect(ruleIds(`${flagged} <!-- blameless-ignore HM-01 -->`)).toEqual(["PB-01"]);
  });

  it("silences every rule on the next line when the comment stands alone", () => {
    const text = `<!-- blameless-ignore -->\n${flagged} Obviously.\n${flagged}`;
    expect(ruleIds(text)).toEqual(["PB-01"]);
  });

  it("silences a range between disable and enable", () => {
    const text = `<!-- blameless-disable PB-01 -->\n${flagged}\n<!-- blameless-enable PB-01 -->\n${flagged}`;
    expect(ruleIds(text)).toEqual(["PB-01"]);
    expect(ruleIds(`<!-- blameless-disable -->\n${flagged}`)).toEqual([]);
  });

  it("keeps offsets into the original text", () => {
    const text = `<!-- blameless-ignore HM-01 --> Obviously. ${flagged}`;
    expect(ruleIds(text)).toEqual(["PB-01"]);
  });
});
