// How the SQLite index is laid out (see the search migration): one FTS5 column per field,
// and row ids that carry their incident number and field kind, so "which incidents match"
// reads the FTS index alone. Kept in one place for the queries and the rebuild. Pure.
import { SEARCH_FIELDS, type SearchField } from "@/lib/search/search-types";

export const INCIDENT_SHIFT = 28;
export const KIND_SHIFT = 24;

export function kindOf(field: SearchField): number {
  return SEARCH_FIELDS.indexOf(field);
}

// bm25 weights, one per column in SEARCH_FIELDS order: the title and contributing factors
// say what an incident is about; a word in one of thousands of log lines says little.
export const FIELD_WEIGHTS: Record<SearchField, number> = {
  title: 10,
  summary: 5,
  impact: 4,
  narrative: 3,
  factor: 8,
  lucky: 4,
  action: 4,
  event: 1,
  note: 2,
};

// For "SearchIncident", whose columns are the fields but notes (per viewer, not there).
export const INCIDENT_BM25_RANK = `bm25(${SEARCH_FIELDS.filter((field) => field !== "note")
  .map((field) => FIELD_WEIGHTS[field].toFixed(1))
  .join(", ")})`;

// Tiptap JSON (the narrative, a note's sections) reduced to its text nodes, in SQL, so a
// trigger can index whatever writes the row. Invalid JSON is indexed as it is.
export function tiptapTextSql(column: string): string {
  return `CASE WHEN json_valid(${column}) THEN coalesce((SELECT group_concat("value", ' ') FROM json_tree(${column}) WHERE "key" = 'text' AND "type" = 'text'), '') ELSE ${column} END`;
}

// A note's sections: a JSON object whose values are tiptap documents as JSON text.
export function noteTextSql(column: string): string {
  return `CASE WHEN json_valid(${column}) THEN coalesce((SELECT group_concat("node"."value", ' ') FROM json_each(${column}) AS "section", json_tree(CASE WHEN json_valid("section"."value") THEN "section"."value" ELSE '{}' END) AS "node" WHERE "node"."key" = 'text' AND "node"."type" = 'text'), '') ELSE ${column} END`;
}
