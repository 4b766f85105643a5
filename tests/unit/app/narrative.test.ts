import { describe, expect, it } from "vitest";
import { buildReadinessReport } from "@/lib/language-review/readiness";
import { analyze } from "@/lib/language";
import {
  isEmptyNarrative,
  narrativeBlocks,
  narrativeToText,
  parseNarrative,
  sanitizeNarrative,
} from "@/lib/rich-text/narrative";

const text = (value: string, marks?: unknown[]) => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});

describe("narrative documents", () => {
  it("keeps our node types and safe links, and drops everything else", () => {
    const dirty = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            text("ok "),
            text("link", [{ type: "link", attrs: { href: "https://example.test", onclick: "x" } }]),
          ],
        },
        {
          type: "paragraph",
          content: [
            text("bad", [
              { type: "link", attrs: { href: "javascript:alert(1)" } },
              { type: "bold" },
            ]),
          ],
        },
        { type: "iframe", attrs: { src: "https://evil.test" } },
        { type: "heading", attrs: { level: 1, onmouseover: "x" }, content: [text("Title")] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: 42 },
            { type: "image", attrs: { src: "x" } },
          ],
        },
      ],
    };
    expect(sanitizeNarrative(dirty)).toEqual({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            text("ok "),
            text("link", [{ type: "link", attrs: { href: "https://example.test" } }]),
          ],
        },
        { type: "paragraph", content: [text("bad", [{ type: "bold" }])] },
        { type: "heading", attrs: { level: 2 }, content: [text("Title")] },
        { type: "paragraph", content: [] },
      ],
    });
  });

  it("treats empty, malformed and non-doc input as an empty narrative", () => {
    for (const stored of ["", "not json", "[]", '{"type":"script"}'])
      expect(isEmptyNarrative(stored)).toBe(true);
  });

  it("gives one text per block, blanking inline code for analysis without moving offsets", () => {
    const doc = parseNarrative(
      JSON.stringify({
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [text("Ran "), text("rm -rf", [{ type: "code" }]), text(" by mistake.")],
          },
          { type: "codeBlock", content: [text("should have")] },
          {
            type: "bulletList",
            content: [
              { type: "listItem", content: [{ type: "paragraph", content: [text("Item")] }] },
            ],
          },
        ],
      }),
    );
    expect(narrativeBlocks(doc)).toEqual(["Ran rm -rf by mistake.", "should have", "Item"]);
    expect(narrativeBlocks(doc, true)).toEqual(["Ran        by mistake.", "Item"]);
    expect(narrativeToText(doc)).toBe("Ran rm -rf by mistake.\nshould have\nItem");
  });
});

describe("readiness report", () => {
  const sentence = "The on-call engineer should have checked the dashboard.";
  const texts = {
    narrativeBlocks: [sentence],
    summary: "",
    impact: "",
    contributingFactors: [sentence],
    luckyNotes: [],
    actionItems: [],
  };

  it("counts findings by category across texts, with where they are", () => {
    const report = buildReadinessReport(texts, new Set());
    const [finding] = analyze(sentence, { section: "narrative" });
    expect(finding).toBeDefined();
    expect(report.findings.map((entry) => entry.location)).toEqual(
      expect.arrayContaining(["Narrative", "Contributing factor 1"]),
    );
    expect(report.counts[finding!.category]).toBeGreaterThanOrEqual(2);
    expect(report.total).toBe(report.findings.length + report.documentFindings.length);
  });

  it("leaves dismissed findings out and counts them", () => {
    const all = buildReadinessReport(texts, new Set());
    const dismissed = new Set(
      all.findings.filter((entry) => entry.field === "narrative").map((entry) => entry.fingerprint),
    );
    const report = buildReadinessReport(texts, dismissed);
    // Same sentence, same fingerprint: a dismissal covers it wherever it stands.
    expect(report.dismissedCount).toBeGreaterThanOrEqual(1);
    expect(report.findings.some((entry) => entry.field === "narrative")).toBe(false);
  });
});
