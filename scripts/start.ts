// `npm start`: everything a fresh clone needs to serve Debrief on http://localhost:3000 —
// the data folder, the session secret, the database and its migrations, a production build
// when the sources changed since the last one — then the server itself.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl } from "../lib/database-url";
import { parseTrustedProxies } from "../lib/auth/client-address";
import { readOrCreateSecretFile } from "../lib/auth/secret-file";
import { DatabaseBusyError, findStrandedDatabase, prepareDatabase } from "./prepare-database";

const root = path.resolve(import.meta.dirname, "..");
const isDev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const dataDir = path.resolve(root, process.env.DEBRIEF_DATA_DIR ?? "data");
// Warn, not stop: a fresh data folder (the security probe's, a second workspace) is fine.
const stranded = findStrandedDatabase(process.env, root);
if (stranded) {
  console.warn(
    `Warning: DEBRIEF_DATA_DIR now holds the database too, and ${dataDir} has none yet, ` +
      `while ${stranded} exists. To keep using that workspace, stop, then move ${stranded} ` +
      `(and any -wal/-shm files beside it) into ${dataDir}, or set DATABASE_URL=file:${stranded}.`,
  );
}
const nextBin = path.join(root, "node_modules", ".bin", "next");

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.DEBRIEF_DATA_DIR = dataDir;
process.env.DATABASE_URL = resolveDatabaseUrl(process.env, root);
process.env.NEXTAUTH_SECRET ??= readOrCreateSecretFile(path.join(dataDir, "session-secret"));
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

function newestSourceChange(): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stat = fs.statSync(entry, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const entry of [
    "app",
    "components",
    "lib",
    "generated",
    "proxy.ts",
    "next.config.js",
    "package-lock.json",
    "tsconfig.json",
  ]) {
    visit(path.join(root, entry));
  }
  return newest;
}

function buildIfNeeded(): void {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const builtAt = fs.statSync(buildId, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (builtAt > newestSourceChange()) return;
  console.log("Building Debrief (first start, or the sources changed)…");
  const result = spawnSync(nextBin, ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) {
    console.error("The build failed; see the messages above.");
    process.exit(result.status ?? 1);
  }
}

// Settings read only on the first sign-in are checked now, so a typo stops the start
// instead of breaking sign-in later.
try {
  parseTrustedProxies(process.env.DEBRIEF_TRUSTED_PROXIES);
} catch (error) {
  console.error(`DEBRIEF_TRUSTED_PROXIES: ${(error as Error).message}.`);
  process.exit(1);
}
const signUpsPerHour = process.env.DEBRIEF_SIGNUPS_PER_HOUR;
if (signUpsPerHour !== undefined && !/^[1-9]\d*$/.test(signUpsPerHour.trim())) {
  console.error(
    `DEBRIEF_SIGNUPS_PER_HOUR must be a whole number of 1 or more, not "${signUpsPerHour}".`,
  );
  process.exit(1);
}

console.log(`Preparing the database (${process.env.DATABASE_URL})…`);
try {
  prepareDatabase(process.env.DATABASE_URL);
} catch (error) {
  if (!(error instanceof DatabaseBusyError)) throw error;
  console.error(error.message);
  process.exit(1);
}
if (!isDev) buildIfNeeded();

console.log(`Starting Debrief on http://localhost:${port}`);
// scripts/serve.mjs wraps Next's handler so the app sees each request's socket address.
// DEBRIEF_HOST binds it to one address only (e.g. 127.0.0.1); by default it listens on all.
const server = spawn(
  process.execPath,
  [path.join(root, "scripts", "serve.mjs"), ...(isDev ? ["--dev"] : [])],
  {
    cwd: root,
    stdio: "inherit",
    env: process.env,
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
