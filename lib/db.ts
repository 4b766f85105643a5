// The one Prisma client of the app, connected through the better-sqlite3 driver adapter.
// Cached on globalThis so dev-mode hot reloads do not open a new connection each time.
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { DATABASE_BUSY_TIMEOUT_MS, resolveDatabaseUrl } from "@/lib/database-url";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { debriefPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({
    url: resolveDatabaseUrl(env()),
    timeout: DATABASE_BUSY_TIMEOUT_MS,
  });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.debriefPrisma ?? createClient();
globalForPrisma.debriefPrisma = db;
