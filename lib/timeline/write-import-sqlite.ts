// Writes a whole evidence import to SQLite in one driver-level transaction. Why not Prisma:
// through the driver adapter every bound parameter costs ~10 µs, so 100,000 events × 19
// columns took ~20 s with createMany and ~5 s unpacked from JSON; one prepared statement
// run per row takes ~2 s. Sources, events, spans and the audit entry commit together or
// not at all, exactly as in the Prisma path used for other databases.
import "server-only";
import Database from "better-sqlite3";
import { DATABASE_BUSY_TIMEOUT_MS, databaseFilePath, resolveDatabaseUrl } from "@/lib/database-url";
import { env } from "@/lib/env";

type Value = string | number | boolean | Date | null | undefined;
export type Row = Record<string, Value>;

export interface ImportRows {
  sources: Row[];
  events: Row[];
  spans: Row[];
  audit: Row;
}

const globalForBulk = globalThis as unknown as { debriefBulkDatabase?: Database.Database };

function connection(): Database.Database {
  if (!globalForBulk.debriefBulkDatabase) {
    const database = new Database(databaseFilePath(resolveDatabaseUrl(env())));
    // Wait for a concurrent writer (the app's own connection) instead of failing at once.
    database.pragma(`busy_timeout = ${DATABASE_BUSY_TIMEOUT_MS}`);
    globalForBulk.debriefBulkDatabase = database;
  }
  return globalForBulk.debriefBulkDatabase;
}

export function isSqlite(): boolean {
  return resolveDatabaseUrl(env()).startsWith("file:");
}

// Prisma's own text form of a DateTime in SQLite.
function toSqlite(value: Value): string | number | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

function insertAll(
  database: Database.Database,
  table: "EvidenceSource" | "TimelineEvent" | "TraceSpan" | "AuditEntry",
  rows: readonly Row[],
): void {
  const first = rows[0];
  if (!first) return;
  // Column names come from this module's callers, never from input.
  const columns = Object.keys(first);
  const statement = database.prepare(
    `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
  );
  const values: (string | number | null)[] = new Array<string | number | null>(columns.length);
  for (const row of rows) {
    for (let index = 0; index < columns.length; index++) {
      values[index] = toSqlite(row[columns[index] ?? ""]);
    }
    statement.run(values);
  }
}

export function writeImportSqlite(rows: ImportRows): void {
  const database = connection();
  database
    .transaction(() => {
      insertAll(database, "EvidenceSource", rows.sources);
      insertAll(database, "TimelineEvent", rows.events);
      insertAll(database, "TraceSpan", rows.spans);
      insertAll(database, "AuditEntry", [rows.audit]);
    })
    .immediate();
}

// For scripts that hand the database file to another process afterwards (the benchmark).
export function closeBulkConnection(): void {
  globalForBulk.debriefBulkDatabase?.close();
  globalForBulk.debriefBulkDatabase = undefined;
}
