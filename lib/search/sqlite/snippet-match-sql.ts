// The FTS5 expression the snippets of a page look for: the query's positive terms, with
// each `prefix*` replaced by the concrete index terms it stands for (read from
// "SearchTextTerm", the index's vocabulary; its 64 most common). A prefix query merges
// the doclists of all its terms every time it starts, and the snippets start it once per
// hit: `replic*` cost 20 × 9 ms on 1,000,000 events, the same terms ORed under 0.1 ms.
// Only what the snippets highlight changes; which incidents match and their ranking still
// use the query as typed. A prefix the vocabulary does not list as typed (the porter
// stemmer may have shortened it) is kept as a prefix: slower, never wrong.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { ftsPhrase } from "@/lib/search/fts-match";
import type { SearchTerm } from "@/lib/search/search-query";

const EXPANSION_LIMIT = 64;

// unicode61 with remove_diacritics 2 folds case and accents; index terms are stored so.
function folded(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

function termSql(term: SearchTerm): Prisma.Sql {
  const phrase = ftsPhrase(term);
  const prefix = folded(term.text);
  if (term.kind !== "prefix" || !/^[\p{L}\p{N}]+$/u.test(prefix)) return Prisma.sql`${phrase}`;
  return Prisma.sql`coalesce((SELECT group_concat('"' || "term" || '"', ' OR ') FROM (
      SELECT "term" FROM "SearchTextTerm"
      WHERE "term" >= ${prefix} AND "term" <= ${prefix} || char(1114111)
      ORDER BY "doc" DESC LIMIT ${EXPANSION_LIMIT})), ${phrase})`;
}

/** An SQL expression (text) for the snippets' MATCH, given the positive terms. */
export function snippetMatchSql(terms: readonly SearchTerm[]): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(terms.map(termSql), " || ' OR ' || ")})`;
}
