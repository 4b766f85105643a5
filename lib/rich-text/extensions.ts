// The one tiptap extension list, shared by the browser editor and the server renderer so
// a document renders exactly as it was edited.
import type { Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { LearnedLater } from "@/lib/rich-text/learned-later-mark";

export const SAFE_LINK_PROTOCOLS = ["http", "https", "mailto"];

const NARRATIVE_KIT = {
  heading: { levels: [2, 3] as (2 | 3)[] },
  link: {
    openOnClick: false,
    autolink: true,
    protocols: SAFE_LINK_PROTOCOLS,
    defaultProtocol: "https",
  },
};

export const richTextExtensions: Extensions = [StarterKit.configure(NARRATIVE_KIT)];

// The co-edited narrative: the same schema, with undo left to the Collaboration extension
// (its undo knows whose change was whose; the plain history would undo other people's).
export const collaborativeRichTextExtensions: Extensions = [
  StarterKit.configure({ ...NARRATIVE_KIT, undoRedo: false }),
];

// Note sections ("what I knew then"): the narrative's list plus the "learned later" mark.
export const noteTextExtensions: Extensions = [...richTextExtensions, LearnedLater];

// A co-edited note section: the same schema, undo left to the Collaboration extension.
export const collaborativeNoteTextExtensions: Extensions = [
  ...collaborativeRichTextExtensions,
  LearnedLater,
];

// Short plain-text fields (contributing factors, lucky notes, action items): paragraphs of
// text only, no formatting, so the stored value stays a plain string.
export const plainTextExtensions: Extensions = [
  StarterKit.configure({
    blockquote: false,
    bold: false,
    bulletList: false,
    code: false,
    codeBlock: false,
    hardBreak: false,
    heading: false,
    horizontalRule: false,
    italic: false,
    link: false,
    listItem: false,
    listKeymap: false,
    orderedList: false,
    strike: false,
    underline: false,
    trailingNode: false,
  }),
];

export function plainTextToDoc(text: string) {
  return {
    type: "doc",
    content: text
      .split("\n")
      .map((line) =>
        line
          ? { type: "paragraph", content: [{ type: "text", text: line }] }
          : { type: "paragraph" },
      ),
  };
}
