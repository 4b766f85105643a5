// Turns parsed search terms into FTS5 MATCH strings. Every term is quoted (quotes inside
// doubled), so nothing a person types (NEAR(, ^, :, AND, parentheses) is ever read as FTS5
// syntax; a prefix is the quoted text followed by `*`. Pure.
import type { SearchTerm } from "@/lib/search/search-query";

export function ftsPhrase(term: SearchTerm): string {
  const quoted = `"${term.text.replaceAll('"', '""')}"`;
  return term.kind === "prefix" ? `${quoted} *` : quoted;
}

/** Any of the terms: what snippets and ranking look for. */
export function ftsAnyOf(terms: readonly SearchTerm[]): string {
  return terms.map(ftsPhrase).join(" OR ");
}
