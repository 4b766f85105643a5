// `npm run bench:realtime`: serves the app (scripts/start.ts) on its own port with a fresh
// temporary database, signs in, and connects 30 co-editing clients (Hocuspocus providers in
// Node over `ws`) to one incident's narrative. Each types at human speed (~5 characters a
// second, at random places) for 60 s. Measures how long each typed character takes to
// reach every other client (p50/p95 over characters, "seen by all" = the slowest
// receiver), the server's memory (RSS) and whether every client ends with the same
// document. Target: p95 ≤ 100 ms, converged. BENCH_SECONDS shortens the run; BENCH_CLIENTS
// and BENCH_PORT change the rest.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as Y from "yjs";
import { percentile, signIn } from "./bench-load";
import { prepareDatabase } from "./prepare-database";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 30);
const CHARACTERS_PER_SECOND = 5;
const port = process.env.BENCH_PORT ?? "3290";
const baseURL = `http://127.0.0.1:${port}`;
const root = path.resolve(import.meta.dirname, "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "debrief-bench-realtime-"));
process.env.DATABASE_URL = `file:${path.join(dataDir, "bench.db")}`;
process.env.DEBRIEF_DATA_DIR = dataDir;
prepareDatabase(process.env.DATABASE_URL);

const { db } = await import("../lib/db");
const { hashPassword } = await import("../lib/auth/password");
const { createIncident } = await import("../lib/incidents/create-incident");
const { emptyIncidentInput } = await import("../lib/incidents/schema");
const { narrativeDocumentName } = await import("../lib/collab/document-name");
const { NARRATIVE_FRAGMENT } = await import("../lib/collab/narrative-ydoc");
const { connectNodeCollabClient } = await import("../lib/collab/node-collab-client");

const email = "bench@debrief.local";
const password = "bench password long enough";
const account = await db.user.create({
  data: { email, name: "Bench", role: "admin", passwordHash: await hashPassword(password) },
});
const user = { id: account.id, email, name: "Bench", role: "admin" as const };
const created = await createIncident(user, {
  ...emptyIncidentInput("UTC"),
  title: "Realtime benchmark",
  narrative: JSON.stringify({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: "Narrative. " }] }],
  }),
});
if (created.status !== "saved") throw new Error("could not create the incident");
const incident = await db.incident.findUniqueOrThrow({
  where: { number: Number(created.reference.replace("INC-", "")) },
});
const documentName = narrativeDocumentName(incident.id);
await db.$disconnect();

console.log(`Starting Debrief on ${baseURL} (data in ${dataDir})…`);
const server = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
  cwd: root,
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    PORT: port,
    NEXTAUTH_URL: baseURL,
    NEXTAUTH_SECRET: undefined,
    DEBRIEF_SIGNUPS_PER_HOUR: "1000",
  },
});
const stopServer = () => server.kill("SIGTERM");
process.on("exit", stopServer);

async function waitUntilServing(): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if ((await fetch(`${baseURL}/sign-in`).catch(() => null))?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the server did not come up");
}

// The server process is a grandchild (tsx → start.ts → serve.mjs): the largest RSS among
// the spawned process's descendants is the app's.
function serverRssMegabytes(): number {
  const descendants = (pid: number): number[] => {
    const file = `/proc/${pid}/task/${pid}/children`;
    const children = fs.existsSync(file)
      ? fs.readFileSync(file, "utf8").trim().split(/\s+/).filter(Boolean).map(Number)
      : [];
    return [pid, ...children.flatMap(descendants)];
  };
  let largest = 0;
  for (const pid of descendants(server.pid ?? 0)) {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    largest = Math.max(largest, kilobytes);
  }
  return Math.round(largest / 1024);
}

// CPU seconds (user + system) used so far by the spawned process's descendants.
function serverCpuSeconds(): number {
  const ticksPerSecond = 100;
  const descendants = (pid: number): number[] => {
    const file = `/proc/${pid}/task/${pid}/children`;
    const children = fs.existsSync(file)
      ? fs.readFileSync(file, "utf8").trim().split(/\s+/).filter(Boolean).map(Number)
      : [];
    return [pid, ...children.flatMap(descendants)];
  };
  let ticks = 0;
  for (const pid of descendants(server.pid ?? 0)) {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }
  return ticks / ticksPerSecond;
}

await waitUntilServing();
const cookie = await signIn(baseURL, email, password);

// When each character was typed, by its Yjs id (sender's client id, clock), and how many
// others have it. A receiver learns what is new from its state vector after each remote
// update: cheaper than decoding every update, so the measuring costs little CPU.
const sentAt = new Map<number, number[]>();
const seenBy = new Map<number, number[]>();
const allSeenAfter: number[] = [];
const eachReceipt: number[] = [];

function track(document: Y.Doc, senders: () => number[]) {
  const lastSeen = new Map<number, number>();
  document.on("update", (_update: Uint8Array, origin: unknown) => {
    // Only what came over the wire: the client's own typing has no provider origin.
    if (origin === null || origin === undefined) return;
    const now = performance.now();
    for (const sender of senders()) {
      if (sender === document.clientID) continue;
      const clock = Y.getState(document.store, sender);
      const from = lastSeen.get(sender) ?? 0;
      if (clock <= from) continue;
      lastSeen.set(sender, clock);
      const sent = sentAt.get(sender) ?? [];
      const seen = seenBy.get(sender) ?? [];
      for (let at = from; at < clock; at++) {
        const typedAt = sent[at];
        if (typedAt === undefined) continue;
        eachReceipt.push(now - typedAt);
        seen[at] = (seen[at] ?? 0) + 1;
        if (seen[at] === CLIENTS - 1) allSeenAfter.push(now - typedAt);
      }
      seenBy.set(sender, seen);
    }
  });
}

const clients = await Promise.all(
  Array.from({ length: CLIENTS }, async () => {
    const client = connectNodeCollabClient({ baseUrl: baseURL, documentName, cookie });
    await new Promise<void>((resolve, reject) => {
      client.provider.on("synced", () => resolve());
      client.provider.on("authenticationFailed", () => reject(new Error("refused")));
    });
    return client;
  }),
);
const senderIds = clients.map((client) => client.document.clientID);
for (const client of clients) track(client.document, () => senderIds);
const serverCpuAtStart = serverCpuSeconds();
const benchCpuAtStart = process.cpuUsage();
console.log(`${CLIENTS} clients connected; typing for ${SECONDS} s…`);

const letters = "abcdefghijklmnopqrstuvwxyz ";
function typeOne(document: Y.Doc) {
  const paragraph = document.getXmlFragment(NARRATIVE_FRAGMENT).get(0) as Y.XmlElement;
  const text = paragraph.get(0) as Y.XmlText;
  const clock = Y.getState(document.store, document.clientID);
  const sent = sentAt.get(document.clientID) ?? [];
  sent[clock] = performance.now();
  sentAt.set(document.clientID, sent);
  const at = Math.floor(Math.random() * (text.length + 1));
  text.insert(at, letters[Math.floor(Math.random() * letters.length)] ?? "a");
}

const typedUntil = Date.now() + SECONDS * 1000;
const intervalMs = 1000 / CHARACTERS_PER_SECOND;
await Promise.all(
  clients.map(async (client) => {
    // Spread the clients' keystrokes over the interval, with a human's jitter.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * intervalMs));
    while (Date.now() < typedUntil) {
      typeOne(client.document);
      await new Promise((resolve) => setTimeout(resolve, intervalMs * (0.6 + Math.random() * 0.8)));
    }
  }),
);
const rss = serverRssMegabytes();
const serverCpu = serverCpuSeconds() - serverCpuAtStart;
const benchCpu = process.cpuUsage(benchCpuAtStart);
const [load] = os.loadavg();

// Let the last keystrokes arrive, then compare every client's document.
await new Promise((resolve) => setTimeout(resolve, 2000));
const reference = clients[0]?.document.getXmlFragment(NARRATIVE_FRAGMENT).toString() ?? "";
const converged = clients.every(
  (client) => client.document.getXmlFragment(NARRATIVE_FRAGMENT).toString() === reference,
);
const typed = [...sentAt.values()].reduce(
  (sum, sent) => sum + sent.filter((at) => at !== undefined).length,
  0,
);
const missing = typed - allSeenAfter.length;
const sortedAll = [...allSeenAfter].sort((a, b) => a - b);
const sortedEach = [...eachReceipt].sort((a, b) => a - b);
const round = (value: number) => Math.round(value);

console.log(`characters typed: ${typed} (${missing} not seen by every other client)`);
console.log(
  `each receipt: p50 ${round(percentile(sortedEach, 0.5))} ms, p95 ${round(percentile(sortedEach, 0.95))} ms, ` +
    `max ${round(sortedEach.at(-1) ?? NaN)} ms (${sortedEach.length} receipts)`,
);
console.log(
  `seen by all others: p50 ${round(percentile(sortedAll, 0.5))} ms, p95 ${round(percentile(sortedAll, 0.95))} ms`,
);
console.log(`server RSS ${rss} MB; document ${reference.length} characters of XML`);
console.log(
  `CPU while typing: server ${Math.round((serverCpu / SECONDS) * 100)}%, ` +
    `these ${CLIENTS} clients ${Math.round(((benchCpu.user + benchCpu.system) / 1e6 / SECONDS) * 100)}% ` +
    `(load average ${load?.toFixed(1)} on ${os.cpus().length} cores)`,
);
for (const client of clients) client.destroy();
stopServer();
await new Promise((resolve) => server.once("exit", resolve));
fs.rmSync(dataDir, { recursive: true, force: true });
const p95 = round(percentile(sortedAll, 0.95));
console.log(
  `realtime propagation p95 ${p95} ms, clients ${CLIENTS}, converged ${converged && missing === 0 ? "yes" : "no"}`,
);
process.exit(0);
