// Where the database lives: DATABASE_URL when set, otherwise the embedded SQLite file
// debrief.db in the data folder (DEBRIEF_DATA_DIR, default ./data). Pure, and the one
// answer used by everything that opens the database: the app, the Prisma CLI config, the
// start script, the seed and benchmark scripts.
import path from "node:path";

export const DEFAULT_DATA_DIR = "data";
export const DATABASE_FILE_NAME = "debrief.db";
// How long to wait for another process's write lock before giving up (SQLite busy timeout).
export const DATABASE_BUSY_TIMEOUT_MS = 15_000;

// Shaped like process.env (and the parsed env()), so either can be passed as it is.
export interface DatabaseEnvironment {
  [name: string]: unknown;
  DATABASE_URL?: string | undefined;
  DEBRIEF_DATA_DIR?: string | undefined;
}

export function resolveDatabaseUrl(environment: DatabaseEnvironment, cwd = process.cwd()): string {
  const url = environment.DATABASE_URL?.trim();
  if (url) return url;
  const dataDir = path.resolve(cwd, environment.DEBRIEF_DATA_DIR?.trim() || DEFAULT_DATA_DIR);
  return `file:${path.join(dataDir, DATABASE_FILE_NAME)}`;
}

// better-sqlite3 wants a path, not a URL: strip the "file:" scheme and any query string.
export function databaseFilePath(url: string): string {
  const withoutScheme = url.startsWith("file:") ? url.slice("file:".length) : url;
  return withoutScheme.split("?")[0] ?? withoutScheme;
}
