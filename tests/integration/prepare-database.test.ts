// The start script's database step against real SQLite files: private permissions, the
// data folder deciding where the database lives, and a database held by another process.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { resolveDatabaseUrl } from "@/lib/database-url";
import {
  DatabaseBusyError,
  findStrandedDatabase,
  pendingMigrations,
  prepareDatabase,
} from "@/scripts/prepare-database";

const folders: string[] = [];
const holders: ChildProcess[] = [];

function temporaryFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "debrief-prepare-"));
  folders.push(folder);
  return folder;
}

// Another process that takes the database's write lock and keeps it for `holdMs`.
async function holdWriteLock(file: string, holdMs: number): Promise<void> {
  const script = `
    const Database = require("better-sqlite3");
    const database = new Database(${JSON.stringify(file)});
    database.exec("BEGIN EXCLUSIVE");
    console.log("locked");
    setTimeout(() => { database.exec("COMMIT"); database.close(); }, ${holdMs});
  `;
  const holder = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  holders.push(holder);
  await new Promise<void>((resolve, reject) => {
    holder.stdout?.once("data", () => resolve());
    holder.once("exit", (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
}

afterEach(() => {
  for (const holder of holders.splice(0)) holder.kill();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe("prepareDatabase", () => {
  it("creates the database in DEBRIEF_DATA_DIR, folder 0700 and file 0600", () => {
    const dataDir = path.join(temporaryFolder(), "data");
    const url = resolveDatabaseUrl({ DEBRIEF_DATA_DIR: dataDir });
    prepareDatabase(url);
    const file = path.join(dataDir, "debrief.db");
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const database = new Database(file, { readonly: true });
    expect(pendingMigrations(database)).toEqual([]);
    database.close();
  }, 60_000);

  it("makes an existing world-readable database private", () => {
    const file = path.join(temporaryFolder(), "old.db");
    new Database(file).close();
    fs.chmodSync(file, 0o644);
    prepareDatabase(`file:${file}`);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  }, 60_000);

  it("waits for another process's write to finish", async () => {
    const file = path.join(temporaryFolder(), "busy.db");
    prepareDatabase(`file:${file}`);
    await holdWriteLock(file, 1500);
    expect(prepareDatabase(`file:${file}`)).toBe(`file:${file}`);
  }, 60_000);

  it("says plainly that another process holds the database", async () => {
    const file = path.join(temporaryFolder(), "held.db");
    prepareDatabase(`file:${file}`);
    await holdWriteLock(file, 60_000);
    expect(() => prepareDatabase(`file:${file}`, 500)).toThrow(DatabaseBusyError);
    expect(() => prepareDatabase(`file:${file}`, 500)).toThrow(/held by another process/);
  }, 60_000);

  it("finds a database left in ./data when only DEBRIEF_DATA_DIR is set", () => {
    const cwd = temporaryFolder();
    fs.mkdirSync(path.join(cwd, "data"));
    const old = path.join(cwd, "data", "debrief.db");
    fs.writeFileSync(old, "");
    expect(findStrandedDatabase({ DEBRIEF_DATA_DIR: "/srv/new-place" }, cwd)).toBe(old);
    expect(findStrandedDatabase({}, cwd)).toBeNull();
    expect(
      findStrandedDatabase({ DEBRIEF_DATA_DIR: "/x", DATABASE_URL: `file:${old}` }, cwd),
    ).toBeNull();
    fs.mkdirSync(path.join(cwd, "new"));
    fs.writeFileSync(path.join(cwd, "new", "debrief.db"), "");
    expect(findStrandedDatabase({ DEBRIEF_DATA_DIR: "new" }, cwd)).toBeNull();
  });
});
