import { describe, expect, it } from "vitest";
import { categories, ruleIds, type RuleCase } from "./helpers";

const cases: readonly RuleCase[] = [
  ["Of course the migration locked the table.", "HM-01"],
  ["Evidently the on-call had not read the handover notes.", "HM-01"],
  ["The new runbook clearly explains each step.", null],
  ["The failure mode was not obviously related to the deploy.", null],
  ["The queue naturally drains once consumers catch up.", null],
  ["All he needed to do was restart the service.", "HM-02"],
  ["The responder simply had to click the rollback button.", "HM-02"],
  ["The job runs just after midnight.", null],
  ["The misconfiguration was trivially preventable.", "HM-03"],
  ["The typo was easy to spot once you knew where to look.", "HM-03"],
  ["The alert rule was easy to configure.", null],
  ["The drift was not easily detectable with our tooling.", null],
  ["The warning signs were ignored for weeks.", "HM-04"],
  ["It should have been clear that the queue was backing up.", "HM-04"],
  ["A red flag emoji marks degraded shards in the UI.", null],
  ["Any engineer knows not to deploy during peak hours.", "HM-05"],
  ["We use the well-known port 8080 for health checks.", null],
  ["The on-call overlooked the critical alert.", "HM-06"],
  ["Sam dismissed the latency warning as noise.", "HM-06"],
  ["The load balancer ignored the health check failures, as configured.", null],
];

describe("hindsight rules", () => {
  it.each(cases)("%s → %s", (text, expected) => {
    if (expected) expect(ruleIds(text)).toContain(expected);
    else expect(categories(text)).not.toContain("hindsight");
  });
});
