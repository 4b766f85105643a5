import { describe, expect, it } from "vitest";
import { milestoneDurations, formatDuration } from "@/lib/review-document/document-time";
import { documentSections } from "@/lib/review-document/document-sections";
import { exportReview } from "@/lib/review-document/export-review";
import { renderHtml } from "@/lib/review-document/render-html";
import { escapeMarkdown, renderMarkdown } from "@/lib/review-document/render-markdown";
import { toPdfText } from "@/lib/review-document/render-pdf";
import { reviewDocument, SCRIPT } from "./document-fixture";
import { pdfText } from "./pdf-text";

const APPENDIX = {
  events: [
    {
      at: "2026-03-14T09:12:00.000Z",
      service: "payments-api",
      level: "error",
      source: "app.log",
      message: `Pool timeout | ${SCRIPT}`,
      keyMoment: "",
    },
  ],
  omitted: 2,
};

describe("the Markdown export", () => {
  it("keeps pasted markup as text in every field", () => {
    const markdown = renderMarkdown(reviewDocument({ appendix: APPENDIX }));
    expect(markdown).not.toContain("<script>");
    expect(markdown).toContain("\\<script\\>alert(1)\\</script\\>");
    // Every field that held the script shows it escaped: title, service, participant,
    // summary, narrative, key moment, factor, note, action item, appendix.
    expect(markdown.split("\\<script\\>").length - 1).toBeGreaterThanOrEqual(10);
  });

  it("writes GFM tables for the key moments and a pipe in a cell stays in its cell", () => {
    const markdown = renderMarkdown(reviewDocument());
    expect(markdown).toContain("| Time (UTC) | Moment | Service | What happened | Note |");
    expect(markdown).toContain(
      "| 14 Mar 2026, 09:13:00 UTC | Detection | alertmanager | Alert fired \\<script\\>alert(1)\\</script\\> | First \\| page |",
    );
    expect(markdown).toContain("- [Key moments](#key-moments)");
    expect(markdown).toContain("## Key moments");
  });

  it("adds the full timeline only when asked, saying what it left out", () => {
    expect(renderMarkdown(reviewDocument())).not.toContain("Appendix");
    const markdown = renderMarkdown(reviewDocument({ appendix: APPENDIX }));
    expect(markdown).toContain("## Appendix: full timeline");
    expect(markdown).toContain(
      "| 14 Mar 2026, 09:12:00 UTC | payments-api | error | app.log | Pool timeout \\| ",
    );
    expect(markdown).toContain("2 later events are left out");
  });

  it("renders the narrative's headings and lists as Markdown", () => {
    const markdown = renderMarkdown(reviewDocument());
    expect(markdown).toContain("### What we saw");
    expect(markdown).toContain("- A listed point");
  });

  it.each([
    ["# not a heading", "\\# not a heading"],
    ["1. not a list", "1\\. not a list"],
    ["[link](javascript:x)", "\\[link\\](javascript:x)"],
    ["a|b", "a\\|b"],
  ])("escapes %j", (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe("the HTML export", () => {
  it("is a standalone page with every written value escaped", () => {
    const html = renderHtml(reviewDocument({ appendix: APPENDIX }));
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="\/\//);
    expect(html.split("&lt;script&gt;").length - 1).toBeGreaterThanOrEqual(10);
    expect(html).toContain('<section id="key-moments"><h2>Key moments</h2>');
    expect(html).toContain('<a href="#contributing-factors">Contributing factors</a>');
  });
});

describe("the PDF export", () => {
  it("is a PDF whose text holds the title, a factor, a key moment and the script as text", async () => {
    const exported = await exportReview(reviewDocument(), "pdf");
    expect(exported.mimeType).toBe("application/pdf");
    expect(exported.fileName).toBe("INC-7-review.pdf");
    expect(new TextDecoder().decode(exported.bytes.slice(0, 5))).toBe("%PDF-");
    const text = await pdfText(exported.bytes);
    expect(text).toContain("Ledger pool exhausted <script>alert(1)</script>");
    expect(text).toContain("Flag changes skip load tests");
    expect(text).toContain("Alert fired");
    expect(text).toContain("Contents");
  });

  it("spells out what the standard fonts cannot draw", () => {
    expect(toPdfText("a → b ⏎ c − d ✓ 漢")).toBe("a -> b / c - d v ?");
    expect(toPdfText("“quoted” — ’s · é")).toBe("“quoted” — ’s · é");
  });
});

describe("the document's sections and times", () => {
  it("lists only sections with content, in reading order", () => {
    const document = reviewDocument({ luckyNotes: [], summary: "", impact: " " });
    expect(documentSections(document)).toEqual([
      "narrative",
      "key-moments",
      "contributing-factors",
      "notes",
      "divergence",
      "action-items",
    ]);
  });

  it("gives the durations between the milestones that are set", () => {
    expect(milestoneDurations(reviewDocument().milestones)).toEqual([
      { label: "Time to detect", text: "3 min" },
      { label: "Time to mitigate", text: "18 min" },
    ]);
    expect(formatDuration(90_061_000)).toBe("1 d 1 h");
    expect(formatDuration(0)).toBe("0 s");
  });
});
