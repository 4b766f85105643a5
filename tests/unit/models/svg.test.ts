// The SVG export: every component and connection drawn, every label escaped (a diagram's
// words are the person's, and an SVG file is markup), sized to hold what it draws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NODE_KINDS, type Diagram } from "@/lib/models/diagram";
import { diagramToSvg, escapeXml } from "@/lib/models/svg";

const diagram: Diagram = {
  nodes: [
    { id: "a", label: 'api <script>alert("x")</script>', kind: "service", x: 0, y: 0 },
    { id: "b", label: "ledger & co", kind: "datastore", x: 300, y: 120 },
    { id: "c", label: "", kind: "queue" },
  ],
  edges: [
    { id: "e1", from: "a", to: "b", kind: "write", label: "pool <8>" },
    { id: "e2", from: "a", to: "c", kind: "async", label: "" },
  ],
};

describe("diagramToSvg", () => {
  it("draws each component and connection, with labels escaped", () => {
    const svg = diagramToSvg(diagram, { title: "Bob's <view>" });
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg).not.toContain("<script>");
    // Long names are clipped with an ellipsis, after 25 characters.
    expect(svg).toContain("api &lt;script&gt;alert(&quot;x&quot;)&lt;/s…");
    expect(svg).toContain("ledger &amp; co");
    expect(svg).toContain("pool &lt;8&gt;");
    expect(svg).toContain("Bob&apos;s &lt;view&gt;");
    // A node without a label is named by its id.
    expect(svg).toContain(">c</text>");
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray="6 4"');
  });

  it("never lets a label's text open or close a tag", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom(...NODE_KINDS), (label, kind) => {
        const svg = diagramToSvg({ nodes: [{ id: "n", label, kind }], edges: [] });
        const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
        // The label (clipped) is the first text; the kind's name the second.
        expect(texts).toHaveLength(2);
        expect(svg.match(/<text/g)).toHaveLength(2);
        const name = label.trim() === "" ? "n" : label.trim();
        expect(escapeXml(name).startsWith(texts[0]!.replace(/…$/, ""))).toBe(true);
      }),
    );
  });
});
