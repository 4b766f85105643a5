// What a search answers, shaped for the page and the API, and the interface every search
// backend implements (SQLite FTS5 today; a PostgreSQL tsvector/GIN/ts_headline one can sit
// beside it). Pure: types and labels only.
import type { SessionUser } from "@/lib/auth/roles";
import type { SearchQuery } from "@/lib/search/search-query";

/** Where a match was found, in the order of the index's columns. */
export const SEARCH_FIELDS = [
  "title",
  "summary",
  "impact",
  "narrative",
  "factor",
  "lucky",
  "action",
  "event",
  "note",
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export const SEARCH_FIELD_LABELS: Record<SearchField, string> = {
  title: "Title",
  summary: "Summary",
  impact: "Impact",
  narrative: "Narrative",
  factor: "Contributing factor",
  lucky: "Where we got lucky",
  action: "Action item",
  event: "Timeline event",
  note: "Shared note",
};

// Highlight markers inside snippet text: the page splits on them and wraps the parts in
// <mark>, so no user text is ever read as HTML (a stray marker in stored text could only
// shift a highlight, never inject markup).
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_END = "\u0003";

export interface SearchMatch {
  field: SearchField;
  /** Snippet text with HIGHLIGHT_START/END around the matched words. */
  snippet: string;
  /** For a timeline event: its id and time, to open the timeline at it. */
  eventId: string | null;
  eventTime: string | null;
}

export interface SearchHit {
  reference: string;
  title: string;
  severity: string;
  status: string;
  visibility: string;
  startedAt: string | null;
  services: string[];
  tags: string[];
  matches: SearchMatch[];
}

export interface FacetValue {
  /** What the filter takes (an email for a participant). */
  value: string;
  label: string;
  count: number;
}

export const FACET_KEYS = [
  "severity",
  "status",
  "service",
  "tag",
  "participant",
  "month",
  "moment",
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export type SearchFacets = Record<FacetKey, FacetValue[]>;

export interface SearchPage {
  total: number;
  hits: SearchHit[];
  facets: SearchFacets;
}

export interface SearchWindow {
  offset: number;
  limit: number;
}

export interface ReindexReport {
  rows: number;
  milliseconds: number;
}

export interface SearchBackend {
  search(viewer: SessionUser, query: SearchQuery, window: SearchWindow): Promise<SearchPage>;
  /** Rebuilds the whole index from the tables. */
  reindex(): Promise<ReindexReport>;
}

/** Splits snippet text into plain and highlighted parts, for safe rendering. */
export function splitHighlights(snippet: string): { text: string; isMatch: boolean }[] {
  const parts: { text: string; isMatch: boolean }[] = [];
  let isMatch = false;
  let current = "";
  for (const character of snippet) {
    if (character === HIGHLIGHT_START || character === HIGHLIGHT_END) {
      if (current) parts.push({ text: current, isMatch });
      current = "";
      isMatch = character === HIGHLIGHT_START;
      continue;
    }
    current += character;
  }
  if (current) parts.push({ text: current, isMatch });
  return parts;
}
