import { describe, expect, it } from "vitest";
import { categories, ruleIds, type RuleCase } from "./helpers";

const cases: readonly RuleCase[] = [
  ["The outage was caused by human error.", "HE-01"],
  ["This was a classic case of user error.", "HE-01"],
  ["It was not human error; the CLI accepted an ambiguous flag.", null],
  ["The Kubernetes operator error log showed repeated reconcile failures.", null],
  ["The API returns a user error (400) when the payload is malformed.", null],
  ["Jane fat-fingered the IP address in the firewall rule.", "HE-02"],
  ["An operator inadvertently deleted the production volume.", "HE-02"],
  ["The engineer made a mistake when editing the config.", "HE-02"],
  ["The script accidentally matched hidden files because of the glob.", null],
  ["We added fat-finger protection to the delete command.", null],
  ["The outage was caused by the on-call engineer's change.", "HE-03"],
  ["This happened because of Raj.", "HE-03"],
  ["Kevin took down the checkout service at 09:12.", "HE-03"],
  ["The spike was caused by a cron job that started at midnight.", null],
  ["Maria broke the problem into three workstreams.", null],
  ["Alice took down notes during the bridge call.", null],
  ["The developer forgot to update the feature flag.", "HE-04"],
  ["The responder was distracted by a second incident.", "HE-04"],
  ["The client forgot to send the auth header after the upgrade.", null],
  ["The engineer violated the change freeze policy.", "HE-05"],
  ["The on-call ignored the runbook and restarted the primary.", "HE-05"],
  ["The service did not follow redirects from the legacy endpoint.", null],
  ["The pipeline skipped the canary step because of a config bug.", null],
  ["We need to train engineers on the new deploy pipeline.", "HE-06"],
  ["The on-call engineer lacked training on the failover tooling.", "HE-06"],
  ["Training data for the ranking model was stale.", null],
  ["Everyone needs to be more vigilant when running migrations.", "HE-07"],
  ["Engineers must pay closer attention to the deploy target.", "HE-07"],
  ["The deploy tool reminds operators to confirm the region before applying.", null],
];

describe("human error rules", () => {
  it.each(cases)("%s → %s", (text, expected) => {
    if (expected) expect(ruleIds(text)).toContain(expected);
    else expect(categories(text)).not.toContain("human_error");
  });

  it("treats a name in a timeline entry as a record of who acted, not an attribution", () => {
    expect(ruleIds("14:05 Maria broke the build", { section: "timeline" })).toEqual([]);
    expect(ruleIds("14:02 Alice paged DB", { section: "timeline" })).toEqual([]);
    expect(ruleIds("Maria broke the build at 14:05.", { section: "narrative" })).toContain("HE-03");
  });

  it("flags vigilance reminders written as imperatives in action items", () => {
    expect(
      ruleIds("Remember to drain the node before rebooting.", { section: "action_item" }),
    ).toContain("HE-07");
  });
});
