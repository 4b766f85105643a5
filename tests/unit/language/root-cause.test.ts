import { describe, expect, it } from "vitest";
import { categories, ruleIds, type RuleCase } from "./helpers";

const cases: readonly RuleCase[] = [
  ["The root cause of the outage was an expired TLS certificate.", "RC-01"],
  ["We determined the root cause to be a race condition in the scheduler.", "RC-01"],
  ["We stopped writing root cause analyses in 2023.", null],
  ["There is rarely a single root cause in a complex system.", null],
  ["The primary cause was the DNS change.", "RC-02"],
  ["The failure was solely due to the DNS change.", "RC-02"],
  ["The only cause field in the form is optional.", null],
  ["A broken config change took down the API.", "RC-03"],
  ["The incorrect migration was applied at 10:05.", "RC-03"],
  ["The proxy returned 400 Bad Request for oversized headers.", null],
  ["The wrong config file path was logged at startup.", null],
];

describe("root cause rules", () => {
  it.each(cases)("%s → %s", (text, expected) => {
    if (expected) expect(ruleIds(text)).toContain(expected);
    else expect(categories(text)).not.toContain("root_cause");
  });

  it("reports a root-cause label that names human error once, as human error", () => {
    expect(categories("Root cause: human error during the upgrade.")).toEqual(["human_error"]);
  });
});

describe("root cause and human error together", () => {
  it("reports a sole-cause claim naming human error once", () => {
    expect(categories("The sole cause of the outage was operator error.")).toEqual(["human_error"]);
  });
});
