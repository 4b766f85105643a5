// The one entry point of full-text search: the page, the API route, the CLI and the
// benchmark call this. It parses the query (never throws on what a person types), picks
// the backend for the database in use and times the answer.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { parseSearchQuery, type SearchQuery } from "@/lib/search/search-query";
import type { SearchBackend, SearchPage, SearchWindow } from "@/lib/search/search-types";
import { sqliteSearchBackend } from "@/lib/search/sqlite/sqlite-search-backend";

export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_MAX_OFFSET = 1_000;

export interface SearchAnswer extends SearchPage {
  query: string;
  hints: string[];
  offset: number;
  milliseconds: number;
}

// SQLite is the only database Debrief runs on today; a PostgreSQL backend would be chosen
// here from the database URL.
export function searchBackend(): SearchBackend {
  return sqliteSearchBackend;
}

export async function searchIncidents(
  viewer: SessionUser,
  text: string,
  window: Partial<SearchWindow> = {},
): Promise<SearchAnswer> {
  const started = performance.now();
  const query: SearchQuery = parseSearchQuery(text);
  const offset = Math.min(Math.max(0, Math.floor(window.offset ?? 0)), SEARCH_MAX_OFFSET);
  const limit = Math.min(Math.max(1, Math.floor(window.limit ?? SEARCH_PAGE_SIZE)), 100);
  let page: SearchPage;
  try {
    page = await searchBackend().search(viewer, query, { offset, limit });
  } catch (error) {
    // The parser quotes every term, so FTS5 should never see syntax; if it still refuses
    // (an input we did not foresee), say so plainly rather than answering 500.
    if (error instanceof Error && /fts5|MATCH/i.test(error.message)) {
      throw new AppError(
        "invalid_input",
        "That search could not be read. Try plain words, “quoted phrases” or word*.",
        { cause: error },
      );
    }
    throw error;
  }
  return {
    ...page,
    query: text,
    hints: query.hints,
    offset,
    milliseconds: Math.round(performance.now() - started),
  };
}
