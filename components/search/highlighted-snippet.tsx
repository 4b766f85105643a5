// A snippet with its matched words in <mark>: the text is split on the marker characters
// the index puts around matches, so user text is only ever rendered as text.
import { splitHighlights } from "@/lib/search/search-types";

export function HighlightedSnippet({ snippet }: { snippet: string }) {
  return (
    <>
      {splitHighlights(snippet).map((part, index) =>
        part.isMatch ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
