import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createContext } from "../../../lib/language/analyze";
import { MATCHERS } from "../../../lib/language/rules/index";
import { sentenceTokens, triggersFor } from "../../../lib/language/rules/triggers";
import { maskCode, splitSentences } from "../../../lib/language/segment";
import { compileSettings } from "../../../lib/language/settings";
import type { Section } from "../../../lib/language/types";

const DEV_SET = path.resolve(import.meta.dirname, "../../fixtures/language/dev-set.jsonl");

// Sentences from every test table in this folder plus the dev set: whatever a matcher finds
// when run directly, the trigger prefilter must let through.
function corpus(): string[] {
  const texts: string[] = [];
  for (const file of [
    "counterfactual",
    "human-error",
    "blame",
    "hindsight",
    "root-cause",
    "passive-blame",
  ]) {
    const source = readFileSync(path.join(import.meta.dirname, `${file}.test.ts`), "utf8");
    for (const match of source.matchAll(/\["((?:[^"\\]|\\.)+)",\s*(?:"[A-Z]{2}-\d\d"|null)\]/g)) {
      texts.push(JSON.parse(`"${match[1]}"`) as string);
    }
  }
  if (existsSync(DEV_SET)) {
    for (const line of readFileSync(DEV_SET, "utf8").split("\n")) {
      if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  return texts;
}

describe("trigger prefilter", () => {
  const texts = corpus();

  it("has triggers for every sentence-level rule", () => {
    for (const matcher of MATCHERS) expect(triggersFor(matcher.id), matcher.id).toBeDefined();
  });

  it("collects a corpus large enough to mean something", () => {
    expect(texts.length).toBeGreaterThan(200);
  });

  it("never hides a match the rule would find on its own", () => {
    const settings = compileSettings(undefined);
    const sections: Section[] = ["narrative", "action_item"];
    for (const text of texts) {
      for (const sentence of splitSentences(maskCode(text))) {
        const tokens = sentenceTokens(sentence.text);
        for (const section of sections) {
          const context = createContext(sentence, section, settings);
          for (const matcher of MATCHERS) {
            if (matcher.match(context).length === 0) continue;
            const triggers = triggersFor(matcher.id) ?? [];
            expect(
              triggers.some((word) => tokens.has(word)),
              `${matcher.id} on "${sentence.text}"`,
            ).toBe(true);
          }
        }
      }
    }
  });
});
