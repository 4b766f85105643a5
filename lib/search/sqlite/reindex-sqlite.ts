// Rebuilds the whole search index from the tables (`debrief reindex`, the benchmark), and
// refreshes the incident rows that writes marked stale (before each search). The triggers
// keep the row tables in step with every write, so a rebuild is for repairs, restores and
// after changing how text is indexed.
import "server-only";
import { db } from "@/lib/db";
import type { ReindexReport } from "@/lib/search/search-types";
import { rebuildStatements, refreshStaleStatements } from "@/lib/search/sqlite/index-sql";

export async function reindexSqlite(): Promise<ReindexReport> {
  const started = performance.now();
  await db.$transaction(rebuildStatements().map((statement) => db.$executeRawUnsafe(statement)));
  const [row] = await db.$queryRawUnsafe<{ rows: bigint | number }[]>(
    `SELECT count(*) AS "rows" FROM "SearchText"`,
  );
  return { rows: Number(row?.rows ?? 0), milliseconds: Math.round(performance.now() - started) };
}

// A search reads the incident rows, so it first rebuilds the stale ones: nothing to do
// (one cheap read) unless something was written since the last search.
export async function refreshStaleIncidents(): Promise<void> {
  const [stale] = await db.$queryRawUnsafe<{ found: bigint | number }[]>(
    `SELECT EXISTS (SELECT 1 FROM "SearchStale") AS "found"`,
  );
  if (!Number(stale?.found)) return;
  await db.$transaction(
    refreshStaleStatements().map((statement) => db.$executeRawUnsafe(statement)),
  );
}
