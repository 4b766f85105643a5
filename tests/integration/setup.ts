// Each integration test file gets its own fresh SQLite database, with every migration
// applied, in a temporary folder that is removed afterwards.
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "debrief-integration-"));
const file = path.join(directory, "test.db");

const database = new Database(file);
database.pragma("journal_mode = WAL");
const migrationsDir = path.join(root, "prisma", "migrations");
for (const migration of fs
  .readdirSync(migrationsDir)
  .filter((name) => /^\d/.test(name))
  .sort()) {
  database.exec(fs.readFileSync(path.join(migrationsDir, migration, "migration.sql"), "utf8"));
}
database.close();

process.env.DATABASE_URL = `file:${file}`;
process.env.DEBRIEF_DATA_DIR = directory;
(process.env as Record<string, string>).NODE_ENV = "test";

afterAll(async () => {
  const cached = (globalThis as { debriefPrisma?: { $disconnect(): Promise<void> } }).debriefPrisma;
  await cached?.$disconnect();
  fs.rmSync(directory, { recursive: true, force: true });
});
