// The one Prisma client of the app, connected through the better-sqlite3 driver adapter.
// Cached on globalThis so dev-mode hot reloads do not open a new connection each time.
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { DATABASE_BUSY_TIMEOUT_MS, resolveDatabaseUrl } from "@/lib/database-url";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { debriefPrisma?: PrismaClient };

// Transactions start with BEGIN IMMEDIATE instead of the adapter's plain BEGIN. A plain
// BEGIN reads first and asks for the write lock later; when another connection (the import
// worker, another process) commits in between, SQLite refuses the upgrade at once
// (SQLITE_BUSY_SNAPSHOT) instead of waiting, and a save failed right after every import.
// BEGIN IMMEDIATE takes the write lock first, waiting up to the busy timeout for it.
type AdapterFactory = InstanceType<typeof PrismaBetterSQLite3>;
type Adapter = Awaited<ReturnType<AdapterFactory["connect"]>>;

function writeFirst(adapter: Adapter): Adapter {
  const client = (adapter as unknown as { client: Database.Database }).client;
  const prepare = client.prepare.bind(client);
  client.prepare = ((source: string) => {
    if (source !== "BEGIN") return prepare(source);
    // Only run() is used on it. If the lock stays busy past the timeout, fall back to the
    // plain BEGIN: the adapter does not release its transaction mutex when BEGIN throws,
    // while a busy error inside the transaction rolls back and releases as usual.
    return {
      run: () => {
        try {
          return prepare("BEGIN IMMEDIATE").run();
        } catch (error) {
          if ((error as { code?: unknown }).code !== "SQLITE_BUSY") throw error;
          return prepare("BEGIN").run();
        }
      },
    };
  }) as typeof client.prepare;
  return adapter;
}

function createClient(): PrismaClient {
  const factory = new PrismaBetterSQLite3({
    url: resolveDatabaseUrl(env()),
    timeout: DATABASE_BUSY_TIMEOUT_MS,
  });
  const adapter: AdapterFactory = Object.assign(Object.create(factory) as AdapterFactory, {
    connect: async () => writeFirst(await factory.connect()),
  });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.debriefPrisma ?? createClient();
globalForPrisma.debriefPrisma = db;
