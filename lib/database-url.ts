// Where the database lives: DATABASE_URL when set, otherwise the embedded SQLite file
// ./data/debrief.db. Pure: shared by the Prisma CLI config, the start script and the app.
import path from "node:path";

export const DEFAULT_DATABASE_FILE = path.join("data", "debrief.db");

export function resolveDatabaseUrl(configured: string | undefined, cwd = process.cwd()): string {
  const url = configured?.trim();
  if (url) return url;
  return `file:${path.join(cwd, DEFAULT_DATABASE_FILE)}`;
}

// better-sqlite3 wants a path, not a URL: strip the "file:" scheme and any query string.
export function databaseFilePath(url: string): string {
  const withoutScheme = url.startsWith("file:") ? url.slice("file:".length) : url;
  return withoutScheme.split("?")[0] ?? withoutScheme;
}
