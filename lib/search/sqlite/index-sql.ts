// The SQL that fills the search index, as text, shared by the migration (its first fill),
// `debrief reindex` and the refresh before each search. Pure.
//
// Three FTS5 tables (see the search migration):
//   "SearchText"      one row per field value, factor, event or note, for snippets and for
//                     telling which event matched; its row id carries incident and kind.
//   "SearchNote"      the note rows again, alone, so "which incidents have a visible note
//                     matching" never reads the event rows.
//   "SearchIncident"  one contentless row per incident (row id = its number), one column
//                     per field with all factors / events joined: which incidents match,
//                     and bm25 with field weights, over 10,000 rows instead of a million.
// The row tables follow every write through triggers. An incident row would cost a whole
// re-join per event written, so triggers only mark it stale ("SearchStale") and it is
// rebuilt, set-based, before the next search (and by a rebuild), with its key-moment kinds
// ("SearchMoment"). The facet tables ("SearchFacet", facet-sql.ts) have their own triggers.
import { SEARCH_FIELDS, type SearchField } from "@/lib/search/search-types";
import {
  facetRebuildStatements,
  momentFacetRefreshStatements,
} from "@/lib/search/sqlite/facet-sql";
import {
  INCIDENT_SHIFT,
  KIND_SHIFT,
  kindOf,
  noteTextSql,
  tiptapTextSql,
} from "@/lib/search/sqlite/index-layout";

/** The fields of "SearchIncident", in column order (notes are per viewer: not there). */
export const INCIDENT_COLUMNS = SEARCH_FIELDS.filter((field) => field !== "note");

const INCIDENT_FIELDS: { field: SearchField; value: string }[] = [
  { field: "title", value: `i."title"` },
  { field: "summary", value: `i."summary"` },
  { field: "impact", value: `i."impact"` },
  { field: "narrative", value: tiptapTextSql(`i."narrative"`) },
];

// Rows of other tables: the text, and which rows count (deleted ones do not).
const ITEM_SOURCES: { field: SearchField; table: string; value: string; where: string }[] = [
  { field: "factor", table: "ContributingFactor", value: `t."text"`, where: "1 = 1" },
  { field: "lucky", table: "LuckyNote", value: `t."text"`, where: "1 = 1" },
  { field: "action", table: "ActionItem", value: `t."title"`, where: "1 = 1" },
  { field: "event", table: "TimelineEvent", value: `t."message"`, where: `t."deletedAt" IS NULL` },
  {
    field: "note",
    table: "ModelNote",
    value: noteTextSql(`t."sections"`),
    where: `t."deletedAt" IS NULL`,
  },
];

function incidentRowSelect(where: string): string {
  const columns = INCIDENT_COLUMNS.map((field) => {
    const own = INCIDENT_FIELDS.find((entry) => entry.field === field);
    if (own) return own.value;
    const source = ITEM_SOURCES.find((entry) => entry.field === field);
    if (!source) throw new Error(`no source for ${field}`);
    return `(SELECT group_concat(${source.value}, char(10)) FROM "${source.table}" t
      WHERE t."incidentId" = i."id" AND ${source.where})`;
  });
  return `INSERT INTO "SearchIncident" (rowid, ${INCIDENT_COLUMNS.map((field) => `"${field}"`).join(", ")})
    SELECT i."number", ${columns.join(",\n      ")}
    FROM "Incident" i WHERE ${where}`;
}

// The kinds of key moment an incident's timeline has, one row each: the key-moment facet
// and filter read a few rows per incident instead of its events.
function momentRowsSelect(where: string): string {
  return `INSERT OR IGNORE INTO "SearchMoment" ("number", "kind")
    SELECT DISTINCT i."number", e."keyMoment" FROM "Incident" i
    JOIN "TimelineEvent" e ON e."incidentId" = i."id"
    WHERE e."keyMoment" IS NOT NULL AND e."deletedAt" IS NULL AND ${where}`;
}

/** Rebuilds the incident rows marked stale; run in one write transaction. */
export function refreshStaleStatements(): string[] {
  const stale = `i."number" IN (SELECT "number" FROM "SearchStale")`;
  return [
    `DELETE FROM "SearchIncident" WHERE rowid IN (SELECT "number" FROM "SearchStale")`,
    `DELETE FROM "SearchMoment" WHERE "number" IN (SELECT "number" FROM "SearchStale")`,
    incidentRowSelect(stale),
    momentRowsSelect(stale),
    ...momentFacetRefreshStatements(`SELECT "number" FROM "SearchStale"`),
    `DELETE FROM "SearchStale"`,
  ];
}

/** Empties and refills every search table from the source tables. */
export function rebuildStatements(): string[] {
  const statements = [
    `DELETE FROM "SearchText"`,
    `DELETE FROM "SearchNote"`,
    `DELETE FROM "SearchDocument"`,
    `DELETE FROM "SearchIncident"`,
    `DELETE FROM "SearchStale"`,
    `DELETE FROM "SearchMoment"`,
  ];
  for (const { field, value } of INCIDENT_FIELDS) {
    statements.push(
      `INSERT INTO "SearchText" (rowid, "${field}")
       SELECT (i."number" << ${INCIDENT_SHIFT}) | (${kindOf(field)} << ${KIND_SHIFT}), v
       FROM (SELECT i."number", ${value} AS v FROM "Incident" i) i WHERE v <> ''`,
    );
  }
  for (const { field, table, value, where } of ITEM_SOURCES) {
    const kind = kindOf(field);
    statements.push(
      `INSERT INTO "SearchDocument" ("id", "kind", "itemId")
       SELECT ((i."number" << ${INCIDENT_SHIFT}) | (${kind} << ${KIND_SHIFT}))
              + row_number() OVER (PARTITION BY t."incidentId" ORDER BY t.rowid) - 1, ${kind}, t."id"
       FROM "${table}" t JOIN "Incident" i ON i."id" = t."incidentId" WHERE ${where}`,
      `INSERT INTO "SearchText" (rowid, "${field}")
       SELECT d."id", ${value} FROM "SearchDocument" d JOIN "${table}" t ON t."id" = d."itemId"
       WHERE d."kind" = ${kind}`,
    );
  }
  statements.push(
    `INSERT INTO "SearchNote" (rowid, "note")
     SELECT rowid, "note" FROM "SearchText" WHERE rowid IN (
       SELECT "id" FROM "SearchDocument" WHERE "kind" = ${kindOf("note")})`,
    incidentRowSelect("1 = 1"),
    momentRowsSelect("1 = 1"),
    ...facetRebuildStatements(),
    `INSERT INTO "SearchText" ("SearchText") VALUES ('optimize')`,
    `INSERT INTO "SearchIncident" ("SearchIncident") VALUES ('optimize')`,
  );
  return statements;
}
