// A narrative selection's place, found again after edits: the quoted words, and the words
// just before and after them to choose between several occurrences. Whitespace is compared
// loosely (a selection across paragraphs reads "a\n\nb" in one place and "a b" in another).
// Pure, for the server (is the quote still there?) and the browser (trim the context).
import { QUOTE_CONTEXT_LENGTH } from "@/lib/comments/comment-input";

function squash(text: string): string {
  return text.replace(/\s+/g, " ");
}

export interface QuoteMatch {
  isFound: boolean;
  /** Whether the words around it are still the same (a close match, not just the words). */
  isExact: boolean;
}

export function locateQuote(text: string, quote: string, before = "", after = ""): QuoteMatch {
  const haystack = squash(text);
  const needle = squash(quote).trim();
  if (needle === "" || !haystack.includes(needle)) return { isFound: false, isExact: false };
  const exact = squash(before).trimStart() + needle + squash(after).trimEnd();
  const isExact =
    haystack.includes(exact) || haystack.includes(squash(before) + needle + squash(after));
  return { isFound: true, isExact };
}

/** The context to store: the end of what comes before, the start of what follows. */
export function quoteContext(before: string, after: string): { before: string; after: string } {
  return {
    before: squash(before).slice(-QUOTE_CONTEXT_LENGTH),
    after: squash(after).slice(0, QUOTE_CONTEXT_LENGTH),
  };
}
