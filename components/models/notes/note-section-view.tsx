// A stored note section rendered with the editor's own extension list, so "learned later"
// parts read as they were marked. No HTML string is injected: React escapes the text.
import { renderToReactElement } from "@tiptap/static-renderer/pm/react";
import { noteTextExtensions } from "@/lib/rich-text/extensions";
import { parseNoteSection } from "@/lib/mental-models/notes/note-sections";

export function NoteSectionView({ stored }: { stored: string }) {
  return (
    <div className="narrative-view note-section-text">
      {renderToReactElement({ content: parseNoteSection(stored), extensions: noteTextExtensions })}
    </div>
  );
}
