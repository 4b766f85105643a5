// Server-side rendering of a stored narrative: the sanitised tiptap JSON rendered to React
// elements with the editor's own extension list. No HTML string is ever injected, so text
// a person wrote is always escaped by React.
import { renderToReactElement } from "@tiptap/static-renderer/pm/react";
import { richTextExtensions } from "@/lib/rich-text/extensions";
import { isEmptyNarrative, parseNarrative } from "@/lib/rich-text/narrative";

export function NarrativeView({ stored }: { stored: string }) {
  if (isEmptyNarrative(stored)) return <p className="muted">No narrative written yet.</p>;
  return (
    <div className="narrative-view">
      {renderToReactElement({ content: parseNarrative(stored), extensions: richTextExtensions })}
    </div>
  );
}
