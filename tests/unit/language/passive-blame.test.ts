import { describe, expect, it } from "vitest";
import { categories, ruleIds, type RuleCase } from "./helpers";

const cases: readonly RuleCase[] = [
  ["The deployment checklist was not completed.", "PB-01"],
  ["The alert wasn't escalated to the database team.", "PB-01"],
  ["The change was never tested in staging.", "PB-01"],
  ["The redirect was not followed because the client disables redirects.", null],
  ["If the checklist is not followed, the deploy tool blocks the release.", null],
  ["The request was not checked by the proxy because the header was missing.", null],
  ["The approval process was circumvented to ship the hotfix.", "PB-02"],
  ["The peer review step was skipped.", "PB-02"],
  ["The firewall was bypassed for internal traffic by design.", null],
  ["Multiple pages were missed overnight.", "PB-03"],
  ["The critical alert went unnoticed for two hours.", "PB-03"],
  ["Heartbeats were missed during the network partition.", null],
  ["Errors were made in the rollout plan.", "PB-04"],
  ["Some poor decisions were made during the incident.", "PB-04"],
  ["Errors were made visible in the new dashboard.", null],
];

describe("passive blame rules", () => {
  it.each(cases)("%s → %s", (text, expected) => {
    if (expected) expect(ruleIds(text)).toContain(expected);
    else expect(categories(text)).not.toContain("passive_blame");
  });
});
