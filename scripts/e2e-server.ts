// Serves the app for Playwright on a fresh temporary database and data folder, so tests
// create their own data and can never touch a real workspace.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.E2E_PORT ?? "3100";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "debrief-e2e-"));
const databaseUrl = `file:${path.join(dataDir, "e2e.db")}`;
// Tests that run a command against the served database (the demo seed) read it here.
const DATABASE_URL_FILE = path.join(root, "tests", "e2e", ".auth", `database-url-${port}`);
fs.mkdirSync(path.dirname(DATABASE_URL_FILE), { recursive: true });
fs.writeFileSync(DATABASE_URL_FILE, databaseUrl);

const server = spawn(
  path.join(root, "node_modules", ".bin", "tsx"),
  [path.join(root, "scripts", "start.ts")],
  {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      PORT: port,
      DEBRIEF_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      // A secret of its own, generated in the temporary data folder.
      NEXTAUTH_SECRET: undefined,
      DEBRIEF_SIGNUP: "open",
      // Every e2e test signs people up from 127.0.0.1.
      DEBRIEF_SIGNUPS_PER_HOUR: "1000",
    },
  },
);

function stop(signal: NodeJS.Signals) {
  server.kill(signal);
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
server.on("exit", (code) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(DATABASE_URL_FILE, { force: true });
  process.exit(code ?? 0);
});
