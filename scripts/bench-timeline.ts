// `npm run bench:timeline`: imports 100,000 events through the real import path into a
// fresh temporary database and times it, then serves the app on its own port and measures
// the first render of that incident's timeline in headless Chromium, with the number of
// DOM nodes in the list. Targets: import ≤ 5 s, first render ≤ 1.5 s, ≤ 2,000 nodes.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { prepareDatabase } from "./prepare-database";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const port = process.env.BENCH_PORT ?? "3200";
const root = path.resolve(import.meta.dirname, "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "debrief-bench-timeline-"));
process.env.DATABASE_URL = `file:${path.join(dataDir, "bench.db")}`;
process.env.DEBRIEF_DATA_DIR = dataDir;
prepareDatabase(process.env.DATABASE_URL);

const { db } = await import("../lib/db");
const { hashPassword } = await import("../lib/auth/password");
const { createIncident } = await import("../lib/incidents/create-incident");
const { emptyIncidentInput } = await import("../lib/incidents/schema");
const { importEvidence } = await import("../lib/timeline/import-evidence");

const email = "bench@debrief.local";
const password = "bench password long enough";
const account = await db.user.create({
  data: { email, name: "Bench", role: "admin", passwordHash: await hashPassword(password) },
});
const user = { id: account.id, email, name: "Bench", role: "admin" as const };
const created = await createIncident(user, {
  ...emptyIncidentInput("UTC"),
  title: "Timeline benchmark",
});
if (created.status !== "saved") throw new Error("could not create the incident");
const reference = created.reference;

// A two-day incident in logfmt: 7 services, levels, trace ids, one line every ~1.7 s.
const services = [
  "checkout-web",
  "payments-api",
  "ledger-db",
  "payments-worker",
  "flagd",
  "edge",
  "auth",
];
const levels = ["info", "info", "info", "debug", "warn", "error"];
const start = Date.parse("2026-03-14T00:00:00Z");
const lines: string[] = [];
for (let i = 0; i < EVENTS; i++) {
  const time = new Date(start + i * 1728).toISOString();
  lines.push(
    `ts=${time} level=${levels[i % levels.length]} svc=${services[i % services.length]} trace_id=${(i % 997).toString(16).padStart(32, "0")} msg="request ${i} handled in ${(i * 7) % 900}ms"`,
  );
}
const text = lines.join("\n");

const importStarted = performance.now();
const imported = await importEvidence(user, reference, {
  sources: [{ name: "bench.log", text }],
});
const importSeconds = (performance.now() - importStarted) / 1000;
console.log(
  `import: ${imported.events} events (${(text.length / 1024 / 1024).toFixed(1)} MB) in ${importSeconds.toFixed(2)} s`,
);
// What the page asks the database before it can render, timed on its own.
const { getTimelineFacets } = await import("../lib/timeline/get-timeline-facets");
const { listTimelineEvents } = await import("../lib/timeline/list-timeline-events");
for (const [label, query] of [
  ["facets", () => getTimelineFacets(user, reference)],
  ["first window", () => listTimelineEvents(user, reference, {}, { offset: 0, limit: 200 })],
] as const) {
  const started = performance.now();
  await query();
  console.log(`server ${label}: ${(performance.now() - started).toFixed(0)} ms`);
}
await db.$disconnect();
const { closeBulkConnection } = await import("../lib/timeline/write-import-sqlite");
closeBulkConnection();

// Serve the app on that database.
const server = spawn(
  path.join(root, "node_modules", ".bin", "tsx"),
  [path.join(root, "scripts", "start.ts")],
  {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      PORT: port,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: undefined,
    },
  },
);
const baseURL = `http://127.0.0.1:${port}`;
await waitFor(`${baseURL}/sign-in`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const renders: number[] = [];
let nodes = 0;
try {
  const page = await browser.newPage({ baseURL });
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/incidents/);
  // One warm-up so the server's first compile of the route is not counted.
  await page.goto(`/incidents/${reference}/timeline`);
  await page.getByTestId("timeline-row").first().waitFor();
  for (let run = 0; run < RUNS; run++) {
    await page.goto("about:blank");
    const started = Date.now();
    await page.goto(`/incidents/${reference}/timeline`, { waitUntil: "commit" });
    await page.getByTestId("timeline-row").first().waitFor();
    // Rows visible and the page interactive: measured from the navigation start.
    const sinceNavigation = await page.evaluate(() => performance.now());
    renders.push(Math.max(sinceNavigation, 0) || Date.now() - started);
  }
  nodes = await page
    .getByTestId("timeline-list")
    .evaluate((list) => list.querySelectorAll("*").length + 1);
  const total = await page.getByTestId("timeline-count").textContent();
  console.log(`timeline shows: ${total}`);

  // Jump to a time on the second day: the rows around it load and the day header follows.
  const jumpStarted = performance.now();
  await page.getByLabel("Jump to (UTC)").fill("2026-03-15 12:00");
  await page.getByRole("button", { name: "Go" }).click();
  await page
    .locator('[data-testid="timeline-row"][data-time^="2026-03-15T12:00"]')
    .first()
    .waitFor();
  const day = await page.getByTestId("current-day").textContent();
  console.log(
    `jump to 2026-03-15 12:00: ${(performance.now() - jumpStarted).toFixed(0)} ms (day header: ${day})`,
  );
} finally {
  await browser.close();
  server.kill("SIGTERM");
}

const median = [...renders].sort((a, b) => a - b)[Math.floor(renders.length / 2)] ?? NaN;
console.log(
  `first render: median ${median.toFixed(0)} ms over ${renders.length} runs (${renders.map((ms) => ms.toFixed(0)).join(", ")})`,
);
console.log(`DOM nodes in the list: ${nodes}`);
const results = [
  ["import ≤ 5 s", importSeconds <= 5],
  ["first render ≤ 1.5 s", median <= 1500],
  ["≤ 2,000 DOM nodes", nodes <= 2000],
] as const;
for (const [target, isMet] of results) console.log(`${isMet ? "✓" : "✗"} ${target}`);
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(results.every(([, isMet]) => isMet) ? 0 : 1);

async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within 10 minutes`);
}
