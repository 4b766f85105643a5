// Creates the database if needed (folder 0700, file 0600: it holds password hashes and
// restricted incidents), waits for a database another process is writing to, applies
// pending migrations and switches SQLite to WAL. Used by the start script, the tests, the
// demo seed and the benchmarks.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import {
  DATABASE_BUSY_TIMEOUT_MS,
  databaseFilePath,
  DEFAULT_DATA_DIR,
  resolveDatabaseUrl,
  type DatabaseEnvironment,
} from "../lib/database-url";

const root = path.resolve(import.meta.dirname, "..");
const migrationsDir = path.join(root, "prisma", "migrations");

// Thrown when the database stays locked by another process past the busy timeout.
export class DatabaseBusyError extends Error {}

export function prepareDatabase(
  databaseUrl = resolveDatabaseUrl(process.env, root),
  busyTimeoutMs = DATABASE_BUSY_TIMEOUT_MS,
): string {
  const file = path.resolve(root, databaseFilePath(databaseUrl));
  createPrivateFile(file);
  const database = new Database(file, { timeout: busyTimeoutMs });
  try {
    // Wait (busy timeout) for another process's write to finish; failing that, say so
    // plainly instead of letting the migration engine die on SQLITE_BUSY.
    waitForWriteLock(database, file, busyTimeoutMs);
    // WAL lets readers work while a write is in progress; it is persistent in the file.
    database.pragma("journal_mode = WAL");
    if (pendingMigrations(database).length === 0) return databaseUrl;
  } finally {
    database.close();
  }
  const result = spawnSync(
    path.join(root, "node_modules", ".bin", "prisma"),
    ["migrate", "deploy"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    },
  );
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`;
    if (/SocketTimeout|SQLITE_BUSY|database is locked/i.test(output))
      throw new DatabaseBusyError(busyMessage(file, DATABASE_BUSY_TIMEOUT_MS));
    throw new Error(`Applying the database migrations failed:\n${output.trim()}`);
  }
  fs.chmodSync(file, 0o600);
  return databaseUrl;
}

// Before DEBRIEF_DATA_DIR moved the database, it stayed in ./data/debrief.db. An install
// that set only DEBRIEF_DATA_DIR would now start on an empty database: answer the old
// file's path so the start script can say what to do instead.
export function findStrandedDatabase(environment: DatabaseEnvironment, cwd = root): string | null {
  if (environment.DATABASE_URL?.trim()) return null;
  const current = path.resolve(cwd, databaseFilePath(resolveDatabaseUrl(environment, cwd)));
  const old = path.resolve(
    cwd,
    databaseFilePath(resolveDatabaseUrl({ DEBRIEF_DATA_DIR: DEFAULT_DATA_DIR }, cwd)),
  );
  if (current === old || fs.existsSync(current) || !fs.existsSync(old)) return null;
  return old;
}

// Migration folders not yet recorded as applied in Prisma's own table.
export function pendingMigrations(database: Database.Database): string[] {
  const available = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const hasTable = database
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
    .get();
  if (!hasTable) return available;
  const applied = new Set(
    database
      .prepare(
        "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      )
      .all()
      .map((row) => (row as { name: string }).name),
  );
  return available.filter((name) => !applied.has(name));
}

function createPrivateFile(file: string): void {
  const folder = path.dirname(file);
  if (!fs.existsSync(folder)) fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  // "a" creates the file if missing and leaves an existing one as it is.
  fs.closeSync(fs.openSync(file, "a", 0o600));
  // Older installs created it 0644; SQLite gives its -wal and -shm files the same mode.
  fs.chmodSync(file, 0o600);
}

function waitForWriteLock(database: Database.Database, file: string, timeoutMs: number): void {
  try {
    database.exec("BEGIN IMMEDIATE");
    database.exec("ROLLBACK");
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY"))
      throw new DatabaseBusyError(busyMessage(file, timeoutMs));
    throw error;
  }
}

function busyMessage(file: string, waitedMs: number): string {
  return (
    `The database ${file} is held by another process (waited ${waitedMs / 1000} s). ` +
    "Is another Debrief running on it? Stop it, or set DEBRIEF_DATA_DIR or DATABASE_URL to use another database."
  );
}
