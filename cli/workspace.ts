// What `debrief export` and `debrief import` share: they work on the app's own database
// through the app's own data layer (lib/incident-transfer), as one person of the workspace.
// The data layer is server-only; outside Next, `import "server-only"` resolves to the
// package's empty build (scripts/server-only-hook.mjs, as scripts/serve.mjs does), so the
// modules that need it are imported only after openWorkspace().
import fs from "node:fs";
import { register } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { databaseFilePath, resolveDatabaseUrl } from "../lib/database-url";
import type { SessionUser, WorkspaceRole } from "../lib/auth/roles";

export class CliInputError extends Error {}

let isOpen = false;

/** Points the data layer at the database (--database or the app's) and checks it is there. */
export function openWorkspace(databaseFile: string | undefined): string {
  if (databaseFile) process.env.DATABASE_URL = `file:${path.resolve(databaseFile)}`;
  const file = databaseFilePath(resolveDatabaseUrl(process.env));
  if (!fs.existsSync(file)) throw new CliInputError(`no database at ${file}.`);
  if (!isOpen) {
    register(pathToFileURL(findHook()).href, import.meta.url);
    isOpen = true;
  }
  return file;
}

// The hook sits in scripts/ at the package root, whether this runs from cli/ or dist/cli/.
function findHook(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const candidate = path.join(folder, "scripts", "server-only-hook.mjs");
    if (fs.existsSync(candidate)) return candidate;
    folder = path.dirname(folder);
  }
  throw new Error("scripts/server-only-hook.mjs not found beside the CLI");
}

/**
 * The person the command acts as: `--as EMAIL`, or else the workspace's first admin. Exports
 * hold only what that person may see; imports are recorded as theirs.
 */
export async function actingPerson(email: string | undefined): Promise<SessionUser> {
  const { db } = await import("../lib/db");
  const row = email
    ? await db.user.findFirst({ where: { email: email.trim().toLowerCase(), isActive: true } })
    : await db.user.findFirst({
        where: { role: "admin", isActive: true },
        orderBy: { createdAt: "asc" },
      });
  if (!row)
    throw new CliInputError(
      email
        ? `no active account with the email ${email}.`
        : "this workspace has no admin yet; pass --as EMAIL.",
    );
  return { id: row.id, email: row.email, name: row.name, role: row.role as WorkspaceRole };
}

export async function closeWorkspace(): Promise<void> {
  if (!isOpen) return;
  const { db } = await import("../lib/db");
  await db.$disconnect();
}

/** A domain error's message for people (AppError), or null for anything unexpected. */
export async function userMessageOf(error: unknown): Promise<string | null> {
  if (error instanceof CliInputError) return error.message;
  // Prisma's P2021/P2022: a table or column of this version is missing from the file.
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2021" || code === "P2022") {
    return 'this database has not been brought up to this version of Debrief yet; start Debrief once ("npm start") to apply its migrations, then run this again.';
  }
  const { asAppError } = await import("../lib/errors");
  return asAppError(error)?.userMessage ?? null;
}

/** Says why `debrief <command>` failed: exit 2 with the message for bad input, else 1. */
export async function reportFailure(command: string, error: unknown): Promise<number> {
  const message = await userMessageOf(error);
  if (message === null) {
    process.stderr.write(
      `debrief ${command}: failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  process.stderr.write(`debrief ${command}: ${message}\n`);
  return 2;
}
