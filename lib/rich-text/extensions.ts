// The one tiptap extension list, shared by the browser editor and the server renderer so
// a document renders exactly as it was edited.
import type { Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

export const SAFE_LINK_PROTOCOLS = ["http", "https", "mailto"];

export const richTextExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    link: {
      openOnClick: false,
      autolink: true,
      protocols: SAFE_LINK_PROTOCOLS,
      defaultProtocol: "https",
    },
  }),
];
