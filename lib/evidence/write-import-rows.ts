// Writes a whole evidence import to SQLite in one driver-level transaction. Why not Prisma:
// through the driver adapter every bound parameter costs ~10 µs, so 100,000 events × 19
// columns took ~20 s with createMany and ~5 s unpacked from JSON; one prepared statement
// run per row takes ~2 s. Sources, events, spans and the audit entry commit together or
// not at all. Pure of the app (no env, no Prisma): the import worker thread calls it on
// its own connection.
import type Database from "better-sqlite3";
import type { ImportRows, Row } from "@/lib/evidence/import-rows";

/** Rows written so far and in all, reported every few thousand rows. */
export type WriteProgress = (written: number, total: number) => void;

const PROGRESS_EVERY = 5_000;

// Prisma's own text form of a DateTime in SQLite.
function toSqlite(value: Row[string]): string | number | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

// Rows per INSERT statement. The search index's triggers (see the search migration) run
// inside each statement, and FTS5 flushes its pending terms at every statement's end: one
// row a statement made a 100,000-event import ~4x slower, 100 rows a statement keeps it
// close to the speed without an index.
const ROWS_PER_STATEMENT = 100;

function insertAll(
  database: Database.Database,
  table: "EvidenceSource" | "TimelineEvent" | "TraceSpan" | "AuditEntry",
  rows: readonly Row[],
  onRow: () => void,
): void {
  const first = rows[0];
  if (!first) return;
  // Column names come from this module's callers, never from input.
  const columns = Object.keys(first);
  const head = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const statementFor = (count: number) =>
    database.prepare(head + Array.from({ length: count }, () => tuple).join(", "));
  const full = statementFor(Math.min(ROWS_PER_STATEMENT, rows.length));
  const values: (string | number | null)[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    values.length = 0;
    for (const row of batch) {
      for (const column of columns) values.push(toSqlite(row[column]));
    }
    (batch.length === ROWS_PER_STATEMENT || start === 0 ? full : statementFor(batch.length)).run(
      values,
    );
    for (let index = 0; index < batch.length; index++) onRow();
  }
}

export function writeImportRows(
  database: Database.Database,
  rows: ImportRows,
  onProgress?: WriteProgress,
): void {
  const total = rows.sources.length + rows.events.length + rows.spans.length + 1;
  let written = 0;
  const onRow = () => {
    written++;
    if (onProgress && written % PROGRESS_EVERY === 0) onProgress(written, total);
  };
  database
    .transaction(() => {
      insertAll(database, "EvidenceSource", rows.sources, onRow);
      insertAll(database, "TimelineEvent", rows.events, onRow);
      insertAll(database, "TraceSpan", rows.spans, onRow);
      insertAll(database, "AuditEntry", [rows.audit], onRow);
    })
    .immediate();
  onProgress?.(total, total);
}
