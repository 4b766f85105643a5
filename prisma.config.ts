// Prisma CLI configuration: adapter mode, so `migrate deploy` and `generate` run on the
// bundled wasm engine through better-sqlite3 and never download a native engine.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { DATABASE_BUSY_TIMEOUT_MS, resolveDatabaseUrl } from "./lib/database-url";

process.env.DATABASE_URL = resolveDatabaseUrl(process.env);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () =>
    new PrismaBetterSQLite3({
      url: process.env.DATABASE_URL ?? "",
      // Wait for a busy database instead of failing with SQLITE_BUSY (seen as SocketTimeout).
      timeout: DATABASE_BUSY_TIMEOUT_MS,
    }),
});
