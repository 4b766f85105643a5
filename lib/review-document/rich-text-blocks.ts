// A stored tiptap document flattened into blocks of styled text runs, for the formats that
// are not HTML (Markdown, PDF). Pure. The input is already sanitised (parseNarrative), so
// only our extension list's nodes and marks appear; anything else is read as plain text.
import type { JSONContent } from "@tiptap/core";

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  learnedLater?: boolean;
  href?: string;
}

export type TextBlock =
  | { kind: "heading"; level: 2 | 3; runs: TextRun[] }
  | { kind: "paragraph"; runs: TextRun[]; depth: number; marker?: string; quote?: boolean }
  | { kind: "code"; text: string }
  | { kind: "rule" };

function runsOf(node: JSONContent): TextRun[] {
  if (node.type === "text") {
    const run: TextRun = { text: node.text ?? "" };
    for (const mark of node.marks ?? []) {
      if (mark.type === "bold") run.bold = true;
      else if (mark.type === "italic") run.italic = true;
      else if (mark.type === "strike") run.strike = true;
      else if (mark.type === "code") run.code = true;
      else if (mark.type === "learnedLater") run.learnedLater = true;
      else if (mark.type === "link" && typeof mark.attrs?.href === "string")
        run.href = mark.attrs.href;
    }
    return [run];
  }
  if (node.type === "hardBreak") return [{ text: "\n" }];
  return (node.content ?? []).flatMap(runsOf);
}

function plainText(node: JSONContent): string {
  return runsOf(node)
    .map((run) => run.text)
    .join("");
}

export function richTextBlocks(doc: JSONContent): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (node: JSONContent, depth: number, quote: boolean, marker?: string): void => {
    switch (node.type) {
      case "heading":
        blocks.push({
          kind: "heading",
          level: node.attrs?.level === 3 ? 3 : 2,
          runs: runsOf(node),
        });
        return;
      case "paragraph":
        blocks.push({ kind: "paragraph", runs: runsOf(node), depth, marker, quote });
        return;
      case "codeBlock":
        blocks.push({ kind: "code", text: plainText(node) });
        return;
      case "horizontalRule":
        blocks.push({ kind: "rule" });
        return;
      case "blockquote":
        for (const child of node.content ?? []) visit(child, depth, true);
        return;
      case "bulletList":
      case "orderedList": {
        const start = typeof node.attrs?.start === "number" ? node.attrs.start : 1;
        (node.content ?? []).forEach((item, index) => {
          const itemMarker = node.type === "bulletList" ? "•" : `${start + index}.`;
          // The item's first paragraph carries the marker; what follows is indented under it.
          (item.content ?? []).forEach((child, childIndex) =>
            visit(child, depth + 1, quote, childIndex === 0 ? itemMarker : undefined),
          );
        });
        return;
      }
      case undefined:
      default:
        for (const child of node.content ?? []) visit(child, depth, quote, marker);
    }
  };
  visit(doc, 0, false);
  return blocks;
}
