import { describe, expect, it } from "vitest";
import {
  analyzeMarkdown,
  lineAndColumn,
  sectionForHeading,
  splitReview,
} from "../../../lib/language/markdown";

const review = [
  "# Checkout outage",
  "## Timeline",
  "- 14:05 Maria broke the build",
  "## Contributing factors",
  "- Alice ran the cleanup script",
  "## Action items",
  "- Remind the team to be more careful.",
  "## Narrative",
  "Maria broke the build at 14:05.",
].join("\n");

describe("Markdown reviews", () => {
  it("maps headings to sections", () => {
    expect(sectionForHeading("Timeline")).toBe("timeline");
    expect(sectionForHeading("Contributing factors")).toBe("factor");
    expect(sectionForHeading("Follow-up actions")).toBe("action_item");
    expect(sectionForHeading("What went lucky")).toBe("lucky");
    expect(sectionForHeading("Background")).toBe("narrative");
  });

  it("collects factors and action items from lists", () => {
    const { document } = splitReview(review);
    expect(document.factors).toEqual(["Alice ran the cleanup script"]);
    expect(document.actionItems).toEqual(["Remind the team to be more careful."]);
  });

  it("analyses each part with its section and offsets into the whole file", () => {
    const report = analyzeMarkdown(review);
    const he03 = report.findings.filter((finding) => finding.ruleId === "HE-03");
    expect(he03).toHaveLength(1); // the narrative one; the timeline name is fine
    expect(review.slice(he03[0]?.start, he03[0]?.end)).toBe(he03[0]?.excerpt);
    expect(lineAndColumn(review, he03[0]?.start ?? 0)).toEqual({ line: 9, column: 7 });
    expect(report.documentFindings.map((finding) => finding.ruleId)).toEqual(["DOC-01", "DOC-02"]);
  });

  it("ignores headings inside fenced code", () => {
    const { segments } = splitReview("## Timeline\n```\n# not a heading\n```\ntext");
    expect(segments.map((segment) => segment.section)).toEqual(["timeline"]);
  });
});
