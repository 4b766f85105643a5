// A save while another connection holds SQLite's write lock (a large import, another
// Debrief process) answers a clear "busy" error with Retry-After, not a 500.
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { databaseFilePath } from "@/lib/database-url";
import { errorResponse } from "@/lib/errors";
import { updateIncident } from "@/lib/incidents/update-incident";
import { incidentValues, makeIncident, makeUser } from "./factories";

describe("a busy database", () => {
  it(
    "answers 503 busy with Retry-After when the write lock is held",
    { timeout: 30_000 },
    async () => {
      const user = await makeUser("member");
      const reference = await makeIncident(user);
      const holder = new Database(databaseFilePath(process.env.DATABASE_URL ?? ""));
      holder.exec("BEGIN IMMEDIATE");
      let caught: unknown;
      try {
        await updateIncident(user, reference, {
          baseVersion: 1,
          values: incidentValues({ title: "Renamed while locked" }),
        });
      } catch (error) {
        caught = error;
      } finally {
        holder.exec("ROLLBACK");
        holder.close();
      }
      expect(caught).toBeDefined();
      const response = errorResponse(caught, { test: "database busy" });
      expect(response.status).toBe(503);
      expect(response.headers.get("Retry-After")).toBe("5");
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("busy");
      expect(body.error.message).toMatch(/busy/);
    },
  );
});

// Another process that writes and keeps the write lock for `holdMs`, then commits.
async function writeAndHold(file: string, incidentNumber: number, holdMs: number) {
  const script = `
    const Database = require("better-sqlite3");
    const database = new Database(${JSON.stringify(file)});
    database.exec("BEGIN IMMEDIATE");
    database.prepare('UPDATE "Incident" SET "title" = "title" || \\'.\\' WHERE "number" = ?').run(${incidentNumber});
    console.log("locked");
    setTimeout(() => { database.exec("COMMIT"); database.close(); }, ${holdMs});
  `;
  const holder = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    holder.stdout.once("data", () => resolve());
    holder.once("exit", (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return holder;
}

describe("a save right after another connection's commit", () => {
  it(
    "waits for the write lock and saves (no instant busy from a stale read)",
    { timeout: 30_000 },
    async () => {
      const user = await makeUser("member");
      const reference = await makeIncident(user);
      const other = await makeIncident(user);
      const holder = await writeAndHold(
        databaseFilePath(process.env.DATABASE_URL ?? ""),
        Number(other.replace("INC-", "")),
        800,
      );
      try {
        const result = await updateIncident(user, reference, {
          baseVersion: 1,
          values: incidentValues({ title: "Saved after the import committed" }),
        });
        expect(result.status).toBe("saved");
      } finally {
        holder.kill();
      }
    },
  );
});
