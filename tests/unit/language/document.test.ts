import { describe, expect, it } from "vitest";
import { analyzeDocument, checkDocument, targetsPeople } from "../../../lib/language/document";

const ruleIdsOf = (findings: ReadonlyArray<{ ruleId: string }>) =>
  findings.map((finding) => finding.ruleId);

describe("DOC-01: contributing factors", () => {
  it("flags factors that only name people and commands", () => {
    const factors = [
      "Alice ran the cleanup script against production",
      "Bob did not verify the cluster",
      "ran `rm -rf /data`",
    ];
    expect(ruleIdsOf(checkDocument({ factors }))).toEqual(["DOC-01"]);
  });

  it("is satisfied by one blunt-end or system factor", () => {
    expect(
      checkDocument({
        factors: ["Alice ran the cleanup script", "The CLI has no confirmation prompt"],
      }),
    ).toEqual([]);
    expect(
      checkDocument({ factors: ["Alice ran the cleanup script", "Release deadline pressure"] }),
    ).toEqual([]);
    expect(checkDocument({ factors: ["The replica lagged by 40 seconds"] })).toEqual([]);
  });

  it("says nothing when there are no factors", () => {
    expect(checkDocument({ factors: [] })).toEqual([]);
    expect(checkDocument({ factors: ["  "] })).toEqual([]);
  });
});

describe("DOC-02: action items", () => {
  it("flags action items that all target people", () => {
    const actionItems = [
      "Retrain the on-call engineers",
      "Remind the team to be more careful",
      "Engineers should double-check the region",
    ];
    expect(ruleIdsOf(checkDocument({ actionItems }))).toEqual(["DOC-02"]);
  });

  it("is satisfied by one item that changes the system", () => {
    const actionItems = [
      "Retrain the on-call engineers",
      "Add a confirmation prompt to the delete command",
    ];
    expect(checkDocument({ actionItems })).toEqual([]);
  });

  it("can be switched off like any rule", () => {
    expect(
      checkDocument(
        { actionItems: ["Retrain the on-call engineers"] },
        { disabledRules: ["DOC-02"] },
      ),
    ).toEqual([]);
  });
});

describe("analyzeDocument", () => {
  it("analyses every text with its section and counts findings per category", () => {
    const report = analyzeDocument({
      narrative: "The on-call engineer should have checked replica lag.",
      timeline: ["14:02 Alice paged DB"],
      factors: ["Alice ran the wrong script"],
      actionItems: ["Retrain the on-call engineers"],
    });
    expect(report.texts.map((text) => text.section)).toEqual([
      "narrative",
      "timeline",
      "factor",
      "action_item",
    ]);
    expect(report.texts[1]?.findings).toEqual([]);
    expect(ruleIdsOf(report.documentFindings)).toEqual(["DOC-01", "DOC-02"]);
    expect(report.counts.counterfactual).toBe(1);
    expect(report.counts.root_cause).toBe(1); // "wrong script"
    expect(report.counts.human_error).toBe(3); // HE-06 + DOC-01 + DOC-02
  });
});

describe("targetsPeople", () => {
  it.each([
    ["Retrain the on-call engineers on the deploy tool", true],
    ["Remind the team to be more careful with force-push", true],
    ["Talk to Sam about the review checklist", true],
    ["Add more training data to the anomaly classifier", false],
    ["Add a confirmation prompt to the delete command", false],
  ])("%s → %s", (item, expected) => {
    expect(targetsPeople(item)).toBe(expected);
  });
});

describe("DOC-01: what counts as a condition", () => {
  it("treats a person acting on a runbook or dashboard as sharp end", () => {
    expect(
      checkDocument({ factors: ["Alice didn't read the runbook", "Bob ignored the dashboard"] }),
    ).toHaveLength(1);
  });

  it("accepts a person-subject factor that names a condition", () => {
    expect(
      checkDocument({ factors: ["Alice didn't read the runbook because it was out of date"] }),
    ).toEqual([]);
    expect(
      checkDocument({ factors: ["The on-call had no confirmation prompt before the delete"] }),
    ).toEqual([]);
  });
});
