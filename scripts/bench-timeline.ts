// `npm run bench:timeline`: imports 100,000 events through the real import path into a
// fresh temporary database and times it, and a 1,000,000-span OTLP trace through the import
// worker; then serves the app on its own port and measures the first render of the
// timeline in headless Chromium, with the number of DOM nodes in the list, the timeline
// API under load (50 connections, a member's cookie), and page requests while an import
// and an export run. Targets: import ≤ 5 s, first render ≤ 1.5 s, ≤ 2,000 nodes, page
// requests during an import and during an export p95 ≤ 300 ms.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { describeLoad, percentile, runLoad, signIn, timedGet } from "./bench-load";
import { prepareDatabase } from "./prepare-database";
import { generateOtlpTrace } from "./trace-corpus";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TRACE_SPANS = Number(process.env.BENCH_TRACE_SPANS ?? 1_000_000);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
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
const { importEvidence } = await import("../lib/evidence/import-evidence");

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

// A 1,000,000-span trace through the import worker (parse, rows, one transaction). It is
// past the 20 MB paste limit (~240 MB), so it goes to the worker directly, as a server-side
// import of a trace file would, into an incident of its own.
const traceIncident = await createIncident(user, {
  ...emptyIncidentInput("UTC"),
  title: "Trace benchmark",
});
if (traceIncident.status !== "saved") throw new Error("could not create the trace incident");
const traceText = generateOtlpTrace(TRACE_SPANS);
const { runImportWorker } = await import("../lib/evidence/run-import-worker");
const traceIncidentRow = await db.incident.findFirstOrThrow({
  where: { number: Number(traceIncident.reference.slice(4)) },
});
const traceStarted = performance.now();
const traceImported = await runImportWorker<{ events: number; spans: number }>({
  kind: "import",
  sources: [{ name: "trace.json", text: traceText }],
  options: [undefined],
  incidentId: traceIncidentRow.id,
  userId: user.id,
  now: Date.now(),
  databaseFile: path.join(dataDir, "bench.db"),
  busyTimeoutMs: 10_000,
});
const traceSeconds = (performance.now() - traceStarted) / 1000;
console.log(
  `trace import: ${traceImported.spans} spans, ${traceImported.events} events (${(traceText.length / 1024 / 1024).toFixed(0)} MB) in ${traceSeconds.toFixed(1)} s`,
);

const memberEmail = "member@debrief.local";
await db.user.create({
  data: {
    email: memberEmail,
    name: "Member",
    role: "member",
    passwordHash: await hashPassword(password),
  },
});
await db.$disconnect();
const { closeBulkConnection } = await import("../lib/evidence/write-import-sqlite");
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
}

// The timeline API under load, as a member.
let duringImport = NaN;
let duringExport = NaN;
try {
  const memberCookie = await signIn(baseURL, memberEmail, password);
  const load = await runLoad({
    url: `${baseURL}/api/incidents/${reference}/timeline?offset=0&limit=200`,
    cookie: memberCookie,
    connections: 50,
    seconds: LOAD_SECONDS,
  });
  console.log(`timeline API, 50 connections, ${LOAD_SECONDS} s: ${describeLoad(load)}`);

  // Page requests (the timeline page of the 100k incident) while a 100,000-line paste is
  // imported over HTTP, then while the 1,000,000-event incident is exported as CSV.
  const adminCookie = await signIn(baseURL, email, password);
  const pageURL = `${baseURL}/incidents/${reference}/timeline`;
  await timedGet(pageURL, memberCookie);
  // The same requests with nothing else running: what the machine gives at all.
  await pagesWhile(
    "nothing else (10 s)",
    pageURL,
    memberCookie,
    () => new Promise((resolve) => setTimeout(resolve, 10_000)),
  );
  duringImport = await pagesWhile("an import", pageURL, memberCookie, async () => {
    const response = await fetch(`${baseURL}/api/incidents/${reference}/evidence/import`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: adminCookie, origin: baseURL },
      body: JSON.stringify({ sources: [{ name: "again.log", text }] }),
    });
    if (!response.ok) throw new Error(`import over HTTP failed: ${response.status}`);
  });
  duringExport = await pagesWhile("an export", pageURL, memberCookie, async () => {
    const response = await fetch(
      `${baseURL}/api/incidents/${traceIncident.reference}/timeline/export?format=csv`,
      { headers: { cookie: adminCookie } },
    );
    if (!response.ok || !response.body) throw new Error(`export failed: ${response.status}`);
    let bytes = 0;
    for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
    console.log(`export: ${(bytes / 1024 / 1024).toFixed(0)} MB of CSV`);
  });
} finally {
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
  [`${TRACE_SPANS.toLocaleString("en")}-span trace imported`, traceImported.spans === TRACE_SPANS],
  ["page requests during an import p95 ≤ 300 ms", duringImport <= 300],
  ["page requests during an export p95 ≤ 300 ms", duringExport <= 300],
] as const;
for (const [target, isMet] of results) console.log(`${isMet ? "✓" : "✗"} ${target}`);
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(results.every(([, isMet]) => isMet) ? 0 : 1);

// Page requests from 4 connections, one after another, for as long as `work` runs: p95 ms.
async function pagesWhile(label: string, url: string, cookie: string, work: () => Promise<void>) {
  const latencies: number[] = [];
  let isRunning = true;
  const started = performance.now();
  const job = work().finally(() => (isRunning = false));
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (isRunning) {
        const { status, ms } = await timedGet(url, cookie);
        if (status !== 200) throw new Error(`${url} answered ${status}`);
        latencies.push(ms);
      }
    }),
  );
  await job;
  latencies.sort((a, b) => a - b);
  const p95 = percentile(latencies, 0.95);
  console.log(
    `page requests during ${label} (${((performance.now() - started) / 1000).toFixed(1)} s): ${latencies.length} requests, p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(0)} ms`,
  );
  return p95;
}

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
