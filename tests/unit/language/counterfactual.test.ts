import { describe, expect, it } from "vitest";
import { categories, ruleIds, type RuleCase } from "./helpers";

// Positives use wording absent from the catalogue; negatives are the tricky near misses.
const cases: readonly RuleCase[] = [
  ["She should've paged the database team sooner.", "CF-01"],
  ["The SRE should not have restarted the primary during peak traffic.", "CF-01"],
  ["Someone ought to have looked at the error budget first.", "CF-01"],
  ["The pull request should have been reviewed by a second engineer.", "CF-01"],
  ["The nightly job should have completed by 03:00, but the lock held it.", null],
  ["Going forward, every service should have an owner listed in the catalogue.", null],
  ["They could have prevented the outage with a simple rate limit.", "CF-02"],
  ["An integration test might have detected the regression.", "CF-02"],
  ["Nobody could have caught this from the dashboards we had.", null],
  ["The scheduler could have picked either node; both were eligible.", null],
  ["Proper monitoring would have detected the memory leak hours earlier.", "CF-03"],
  ["Without the manual override, the cluster would have recovered on its own.", "CF-03"],
  ["We assumed the cache would have warmed up within a minute.", null],
  ["We would have preferred more notice from the vendor.", null],
  ["If only we had waited for the canary results.", "CF-04"],
  ["If only two nodes respond, the quorum check fails.", null],
  ["If the engineer had read the warning, the data would not have been deleted.", "CF-05"],
  ["No data would have been lost if the operator had paused the sync.", "CF-05"],
  ["If the cache had been cold, the proxy served stale entries (see log line 88).", null],
  ["Had Jorge double-checked the hostname, nothing would have broken.", "CF-06"],
  ["Had to page the vendor twice before anyone answered.", null],
  ["The developer failed to run the migration in staging first.", "CF-07"],
  ["Alice's failure to escalate delayed the response.", "CF-07"],
  ["The backup failed to upload because the bucket policy changed.", null],
  ["Tom never checked whether the backup had completed.", "CF-08"],
  ["We didn't test the rollback path.", "CF-08"],
  ["The monitor did not check the secondary region.", null],
  ["We didn't see any errors in the application logs.", null],
  ["The operator should have known that the command was irreversible.", "CF-09"],
  ["Nobody could have anticipated the vendor outage.", null],
  ["The right call would have been to page the vendor.", "CF-10"],
  ["Rather than debugging live, the team should have rolled back.", "CF-10"],
  ["The correct configuration is now enforced by a policy check.", null],
  ["The on-call should have paged the database team instead.", "CF-10"],
  ["Sam should have paged the DBA, and the runbook now says to escalate instead.", "CF-01"],
];

describe("counterfactual rules", () => {
  it.each(cases)("%s → %s", (text, expected) => {
    if (expected) expect(ruleIds(text)).toContain(expected);
    else expect(categories(text)).not.toContain("counterfactual");
  });

  it("does not flag reframing questions", () => {
    expect(ruleIds("What could have made the alert easier to see?")).toEqual([]);
    expect(ruleIds("What would have helped you anticipate the spike?")).toEqual([]);
  });

  it("leaves counterfactuals about luck alone in the lucky section", () => {
    const text = "Without the replica in the second zone, we would have lost a day of orders.";
    expect(ruleIds(text, { section: "lucky" })).toEqual([]);
    expect(ruleIds(text, { section: "narrative" })).toContain("CF-03");
  });

  it("collapses one counterfactual claim into one finding", () => {
    expect(ruleIds("If Sam had waited for the drain, no requests would have been lost.")).toEqual([
      "CF-05",
    ]);
    expect(ruleIds("Instead, the responder should have paged the database team.")).toEqual([
      "CF-10",
    ]);
  });
});
