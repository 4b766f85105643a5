import { describe, expect, it } from "vitest";
import { categories, ruleIds, type RuleCase } from "./helpers";

const cases: readonly RuleCase[] = [
  ["Merging without tests was sloppy.", "BJ-01"],
  ["It was negligent to leave the debug flag on.", "BJ-01"],
  ["Lazy evaluation deferred the error until the response was serialised.", null],
  ["The engineer was lazy about reviewing the diff.", "BJ-01"],
  ["The DBA screwed up the index migration.", "BJ-02"],
  ["The on-call messed up the failover.", "BJ-02"],
  ["No one messed up; the alert had no runbook.", null],
  ["Choosing to deploy on a Friday was bad judgment.", "BJ-03"],
  ["The operator's decision to restart everything was unreasonable.", "BJ-03"],
  ["The wrong decision branch was taken because the flag defaulted to true.", null],
  ["The parser incorrectly splits quoted fields.", null],
  ["Losing customer data like this is inexcusable.", "BJ-04"],
  ["Error rates above 1% are unacceptable under the SLA.", null],
  ["The engineer rushed through the checklist.", "BJ-05"],
  ["Frank carelessly copied the production credentials.", "BJ-05"],
  ["The retry logic blindly resubmits failed writes.", null],
  ["Whoever pushed this change will face disciplinary action.", "BJ-06"],
  ["The engineer was fired after the incident.", "BJ-06"],
  ["The cron alert fired at 02:00 as scheduled.", null],
  ["The pod was terminated by the OOM killer.", null],
];

const questions: readonly RuleCase[] = [
  ["Why didn't the reviewer catch this?", "BJ-07"],
  ["Who signed off on this deploy?", "BJ-07"],
  ["Why wasn't this caught in review?", "BJ-07"],
  ["Why did the cache expire early?", null],
  ["Who was on call when the alert fired?", null],
  ["How did the review unfold, and what did the reviewers see?", null],
];

describe("blame rules", () => {
  it.each(cases)("%s → %s", (text, expected) => {
    if (expected) expect(ruleIds(text)).toContain(expected);
    else expect(categories(text)).not.toContain("blame");
  });

  it.each(questions)("question %s → %s", (text, expected) => {
    expect(ruleIds(text)).toEqual(expected ? [expected] : []);
  });
});
