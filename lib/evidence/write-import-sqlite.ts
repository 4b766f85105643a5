// The request thread's connection for bulk imports into SQLite (see write-import-rows.ts
// for why the driver and not Prisma). Large imports use their worker's own connection.
import "server-only";
import Database from "better-sqlite3";
import { databaseFilePath, resolveDatabaseUrl } from "@/lib/database-url";
import { env } from "@/lib/env";
import type { ImportRows } from "@/lib/evidence/import-rows";
import { writeImportRows } from "@/lib/evidence/write-import-rows";

const globalForBulk = globalThis as unknown as { debriefBulkDatabase?: Database.Database };

export const BULK_BUSY_TIMEOUT_MS = 10_000;

function connection(): Database.Database {
  if (!globalForBulk.debriefBulkDatabase) {
    const database = new Database(databaseFile());
    // Wait for a concurrent writer (the app's own connection) instead of failing at once.
    database.pragma(`busy_timeout = ${BULK_BUSY_TIMEOUT_MS}`);
    globalForBulk.debriefBulkDatabase = database;
  }
  return globalForBulk.debriefBulkDatabase;
}

export function databaseFile(): string {
  return databaseFilePath(resolveDatabaseUrl(env()));
}

export function writeImportSqlite(rows: ImportRows): void {
  writeImportRows(connection(), rows);
}

// For scripts that hand the database file to another process afterwards (the benchmark).
export function closeBulkConnection(): void {
  globalForBulk.debriefBulkDatabase?.close();
  globalForBulk.debriefBulkDatabase = undefined;
}
