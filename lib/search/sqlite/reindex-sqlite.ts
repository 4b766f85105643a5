// Rebuilds the whole search index from the tables (`debrief reindex`, the benchmark): the
// triggers keep it in step with every write, so this is for repairs, restores and after
// changing how text is indexed. One transaction, set-based statements only.
import "server-only";
import { db } from "@/lib/db";
import type { ReindexReport } from "@/lib/search/search-types";
import {
  INCIDENT_SHIFT,
  KIND_SHIFT,
  kindOf,
  noteTextSql,
  tiptapTextSql,
} from "@/lib/search/sqlite/index-layout";
import type { SearchField } from "@/lib/search/search-types";

const INCIDENT_FIELDS: { field: SearchField; value: string }[] = [
  { field: "title", value: `i."title"` },
  { field: "summary", value: `i."summary"` },
  { field: "impact", value: `i."impact"` },
  { field: "narrative", value: tiptapTextSql(`i."narrative"`) },
];

// Rows of other tables: table, the text, and which rows count (deleted ones do not).
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

export function reindexStatements(): string[] {
  const statements = [`DELETE FROM "SearchText"`, `DELETE FROM "SearchDocument"`];
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
  statements.push(`INSERT INTO "SearchText" ("SearchText") VALUES ('optimize')`);
  return statements;
}

export async function reindexSqlite(): Promise<ReindexReport> {
  const started = performance.now();
  await db.$transaction(reindexStatements().map((statement) => db.$executeRawUnsafe(statement)));
  const [row] = await db.$queryRawUnsafe<{ rows: bigint | number }[]>(
    `SELECT count(*) AS "rows" FROM "SearchText"`,
  );
  return { rows: Number(row?.rows ?? 0), milliseconds: Math.round(performance.now() - started) };
}
