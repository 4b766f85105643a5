// Narrative documents (tiptap JSON) as stored: parsing, sanitising and plain text. Pure.
// Sanitising keeps only the node and mark types of our extension list and only safe link
// targets, so a crafted document cannot smuggle markup or script URLs into a page.
import type { JSONContent } from "@tiptap/core";
import { cleanMultilineText } from "@/lib/text/clean-text";

const NODE_TYPES = new Set([
  "doc",
  "paragraph",
  "text",
  "heading",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
  "codeBlock",
  "hardBreak",
  "horizontalRule",
]);
const MARK_TYPES: ReadonlySet<string> = new Set([
  "bold",
  "italic",
  "strike",
  "code",
  "underline",
  "link",
]);
// Note sections also keep "learned later" (see learned-later-mark.ts).
export const NOTE_MARK_TYPES: ReadonlySet<string> = new Set([...MARK_TYPES, "learnedLater"]);
const BLOCK_TYPES = new Set(["paragraph", "heading", "codeBlock"]);
const MAX_DEPTH = 40;

export const EMPTY_NARRATIVE: JSONContent = { type: "doc", content: [{ type: "paragraph" }] };

export function parseNarrative(stored: string, markTypes = MARK_TYPES): JSONContent {
  if (!stored.trim()) return EMPTY_NARRATIVE;
  try {
    return sanitizeNarrative(JSON.parse(stored) as unknown, 0, markTypes) ?? EMPTY_NARRATIVE;
  } catch {
    return EMPTY_NARRATIVE;
  }
}

export function isSafeHref(href: unknown): href is string {
  return typeof href === "string" && /^(https?:\/\/|mailto:)/i.test(href.trim());
}

export function sanitizeNarrative(
  value: unknown,
  depth = 0,
  markTypes = MARK_TYPES,
): JSONContent | null {
  if (!value || typeof value !== "object" || depth > MAX_DEPTH) return null;
  const node = value as Record<string, unknown>;
  if (typeof node.type !== "string" || !NODE_TYPES.has(node.type)) return null;
  const clean: JSONContent = { type: node.type };
  if (node.type === "text") {
    if (typeof node.text !== "string") return null;
    // Control characters are stripped; a text node left empty is dropped.
    const text = cleanMultilineText(node.text);
    if (text.length === 0) return null;
    clean.text = text;
  }
  if (node.type === "heading") {
    const level = (node.attrs as { level?: unknown } | undefined)?.level;
    clean.attrs = { level: level === 3 ? 3 : 2 };
  }
  if (node.type === "orderedList") {
    const start = (node.attrs as { start?: unknown } | undefined)?.start;
    clean.attrs = { start: typeof start === "number" && Number.isInteger(start) ? start : 1 };
  }
  if (Array.isArray(node.marks)) {
    const marks = node.marks.flatMap((mark: unknown) => {
      const candidate = mark as { type?: unknown; attrs?: { href?: unknown } };
      if (typeof candidate.type !== "string" || !markTypes.has(candidate.type)) return [];
      if (candidate.type !== "link") return [{ type: candidate.type }];
      return isSafeHref(candidate.attrs?.href)
        ? [{ type: "link", attrs: { href: candidate.attrs.href.trim() } }]
        : [];
    });
    if (marks.length > 0) clean.marks = marks;
  }
  if (Array.isArray(node.content)) {
    clean.content = node.content.flatMap(
      (child: unknown) => sanitizeNarrative(child, depth + 1, markTypes) ?? [],
    );
  }
  return clean;
}

// The text of each block (paragraph, heading, code block), in order. With `forAnalysis`,
// inline code is blanked (same length) and code blocks are left out: quoted material is not
// the writer's framing. The editor analyses exactly these strings, so fingerprints agree.
export function narrativeBlocks(doc: JSONContent, forAnalysis = false): string[] {
  const blocks: string[] = [];
  const visit = (node: JSONContent) => {
    if (node.type && BLOCK_TYPES.has(node.type)) {
      if (!(forAnalysis && node.type === "codeBlock")) blocks.push(inlineText(node, forAnalysis));
      return;
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  return blocks;
}

// Plain text, one line per block: what search and the history read.
export function narrativeToText(doc: JSONContent): string {
  return narrativeBlocks(doc)
    .filter((line) => line.trim().length > 0)
    .join("\n");
}

function inlineText(node: JSONContent, blankCode: boolean): string {
  if (node.type === "text") {
    const text = node.text ?? "";
    return blankCode && node.marks?.some((mark) => mark.type === "code")
      ? " ".repeat(text.length)
      : text;
  }
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map((child) => inlineText(child, blankCode)).join("");
}

export function isEmptyNarrative(stored: string): boolean {
  return narrativeToText(parseNarrative(stored)).trim().length === 0;
}
