import { describe, expect, it } from "vitest";
import { createBlockAnalyzer } from "../../../lib/language/incremental";

describe("createBlockAnalyzer", () => {
  it("re-analyses only blocks whose text or section changed", () => {
    const analyzer = createBlockAnalyzer();
    const blocks = [
      { id: "a", section: "narrative" as const, text: "The runbook was not followed." },
      { id: "b", section: "narrative" as const, text: "Alice paged the DBA." },
    ];
    const first = analyzer.analyzeBlocks(blocks);
    expect(analyzer.lastAnalysedCount).toBe(2);
    expect(first.get("a")?.map((finding) => finding.ruleId)).toEqual(["PB-01"]);

    const second = analyzer.analyzeBlocks([
      blocks[0]!,
      { ...blocks[1]!, text: "Obviously Alice paged the DBA." },
    ]);
    expect(analyzer.lastAnalysedCount).toBe(1);
    expect(second.get("a")).toBe(first.get("a"));
    expect(second.get("b")?.map((finding) => finding.ruleId)).toEqual(["HM-01"]);

    analyzer.analyzeBlocks([{ ...blocks[0]!, section: "action_item" }]);
    expect(analyzer.lastAnalysedCount).toBe(1);
  });

  it("applies team settings to every block", () => {
    const analyzer = createBlockAnalyzer({ disabledRules: ["PB-01"] });
    const result = analyzer.analyzeBlocks([
      { id: "a", section: "narrative", text: "The runbook was not followed." },
    ]);
    expect(result.get("a")).toEqual([]);
  });
});
