// Creates the database if needed, applies pending migrations and switches SQLite to WAL.
// Used by the start script, the tests and the demo seed.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFilePath, resolveDatabaseUrl } from "../lib/database-url";

const root = path.resolve(import.meta.dirname, "..");

export function prepareDatabase(
  databaseUrl = resolveDatabaseUrl(process.env.DATABASE_URL, root),
): string {
  const file = databaseFilePath(databaseUrl);
  fs.mkdirSync(path.dirname(path.resolve(root, file)), { recursive: true });
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // WAL lets readers work while a write is in progress; it is persistent in the file.
  const database = new Database(path.resolve(root, file));
  database.pragma("journal_mode = WAL");
  database.close();
  return databaseUrl;
}
