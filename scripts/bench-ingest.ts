// Benchmark of the ingestion engine: generates a deterministic multi-format corpus under
// bench-out/ingest, measures MB/s and events/s per format and overall (median of several
// interleaved in-process rounds, with lazy and eager events), and, when lnav is installed,
// the whole-process time of `debrief ingest --summary` against lnav on the same files
// (median, alternating runs).

import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { generateCorpus } from "./ingest-corpus";

const OUT = path.resolve(import.meta.dirname, "../bench-out/ingest");
const TARGET_BYTES_PER_FORMAT = 3 * 1024 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PROCESS_RUNS = Number(process.env.BENCH_PROCESS_RUNS ?? 9);

function generate(): { format: string; file: string; bytes: number }[] {
  mkdirSync(OUT, { recursive: true });
  return generateCorpus(TARGET_BYTES_PER_FORMAT).map(({ format, name, text }) => {
    const file = path.join(OUT, name);
    writeFileSync(file, text);
    return { format, file, bytes: Buffer.byteLength(text) };
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

type Engine = typeof import("../lib/ingest/index");

/**
 * The engine as it ships: bundled by esbuild, as in the CLI and (through Next's bundler) the
 * app. Loading the TypeScript sources through tsx would measure tsx's module wrappers too
 * (a getter call per imported binding), about a tenth of the time.
 */
async function loadEngine(): Promise<Engine> {
  const esbuild = await import("esbuild");
  const outfile = path.join(OUT, "..", "ingest-engine.mjs");
  await esbuild.build({
    entryPoints: [path.resolve(import.meta.dirname, "../lib/ingest/index.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  return (await import(pathToFileURL(outfile).href)) as Engine;
}

interface Timing {
  /** Median wall ms per round. */
  ms: number;
  cpuMs: number;
}

/**
 * Runs every task once per round, rounds after two warm-up ones, and takes each task's
 * median: interleaving spreads the slow spells of a shared machine over all formats instead
 * of letting them land on one.
 */
function measureRounds(tasks: (() => void)[]): Timing[] {
  const wall: number[][] = tasks.map(() => []);
  const cpu: number[][] = tasks.map(() => []);
  for (let round = 0; round < RUNS + 2; round++) {
    tasks.forEach((task, i) => {
      const before = process.cpuUsage();
      const start = performance.now();
      task();
      const ms = performance.now() - start;
      const used = process.cpuUsage(before);
      if (round < 2) return;
      wall[i]?.push(ms);
      cpu[i]?.push((used.user + used.system) / 1000);
    });
  }
  return tasks.map((_, i) => ({ ms: median(wall[i] ?? []), cpuMs: median(cpu[i] ?? []) }));
}

function row(label: string, bytes: number, events: number, t: Timing, note = ""): string {
  const perSecond = (n: number, ms: number) => n / (ms / 1000);
  return [
    label.padEnd(18),
    mb(bytes).toFixed(1).padStart(6),
    String(events).padStart(9),
    t.ms.toFixed(0).padStart(7),
    perSecond(mb(bytes), t.ms).toFixed(1).padStart(7),
    Math.round(perSecond(events, t.ms)).toLocaleString("en").padStart(10),
    t.cpuMs.toFixed(0).padStart(7),
    perSecond(mb(bytes), t.cpuMs).toFixed(1).padStart(9),
    note ? ` ${note}` : "",
  ].join(" ");
}

const HEADER = `${"format".padEnd(18)} ${"MB".padStart(6)} ${"events".padStart(9)} ${"ms".padStart(7)} ${"MB/s".padStart(7)} ${"events/s".padStart(10)} ${"cpu ms".padStart(7)} ${"MB/cpu-s".padStart(9)}`;

/** Reads every field of every event, as an import or a JSON-lines export does. */
function readEveryField(engine: Engine, events: readonly unknown[]): number {
  let n = 0;
  for (const event of events) {
    const plain = engine.toPlainEvent(event as Parameters<Engine["toPlainEvent"]>[0]);
    n += plain.message.length + plain.timeText.length + (plain.attributes ? 1 : 0);
  }
  return n;
}

async function benchInProcess(files: { format: string; file: string; bytes: number }[]) {
  const engine = await loadEngine();
  const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
  const options = { reference: "2026-03-15T00:00:00Z" };
  const sources = files.map((f) => [{ name: f.file, text: readFileSync(f.file, "utf8"), options }]);
  const counts = sources.map((s) => {
    const result = engine.ingest(s);
    return { events: result.events.length, format: result.sources[0]?.format ?? "" };
  });
  const sum = (ts: Timing[]): Timing => ({
    ms: ts.reduce((n, t) => n + t.ms, 0),
    cpuMs: ts.reduce((n, t) => n + t.cpuMs, 0),
  });
  const events = counts.reduce((n, c) => n + c.events, 0);

  console.log(
    `\nIn-process ingest(), ${files.length} formats, ${mb(totalBytes).toFixed(1)} MB: median of ${RUNS} interleaved rounds`,
  );
  console.log(
    "Events keep time, flags and place; other fields are decoded from the line when first read.",
  );
  // CPU time is printed next to wall time: on a shared 2-core machine other processes take
  // turns on the CPU, and CPU time is the steadier figure of what the engine itself costs.
  console.log(`${HEADER}  detected`);
  const lazy = measureRounds(sources.map((s) => () => engine.ingest(s)));
  files.forEach((f, i) =>
    console.log(
      row(f.format, f.bytes, counts[i]?.events ?? 0, lazy[i] as Timing, counts[i]?.format),
    ),
  );
  console.log(row("overall (sum)", totalBytes, events, sum(lazy)));
  const all = sources.flat();
  const [merged] = measureRounds([() => engine.ingest(all)]);
  console.log(row("all files merged", totalBytes, events, merged as Timing));

  console.log("\nThe same, then every field of every event read (an import, a JSON-lines export):");
  console.log(HEADER);
  const [lazyRead] = measureRounds([
    () => sources.forEach((s) => readEveryField(engine, engine.ingest(s).events)),
  ]);
  const [eagerRead] = measureRounds([
    () => sources.forEach((s) => readEveryField(engine, engine.ingest(s, { eager: true }).events)),
  ]);
  console.log(row("lazy, then read", totalBytes, events, lazyRead as Timing));
  console.log(row("eager, then read", totalBytes, events, eagerRead as Timing));
}

function hasLnav(): boolean {
  try {
    execFileSync("which", ["lnav"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function timeProcess(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const result = spawnSync(command, args, {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...env, HOME: path.join(OUT, "home") },
  });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(
      `${command} exited with ${result.status}: ${result.stderr.toString().slice(0, 300)}`,
    );
  return ms;
}

function benchAgainstLnav(files: { file: string }[]): void {
  if (PROCESS_RUNS <= 0) return;
  if (!hasLnav()) {
    console.log("\nlnav is not installed: skipping the whole-process comparison.");
    return;
  }
  mkdirSync(path.join(OUT, "home"), { recursive: true });
  // Measure the CLI as installed: refresh the esbuild bundle that bin/debrief.mjs runs.
  spawnSync(process.execPath, [path.resolve(import.meta.dirname, "build-cli.mjs")], {
    stdio: "inherit",
  });
  const paths = files.map((f) => f.file);
  const debrief = [
    path.resolve(import.meta.dirname, "../bin/debrief.mjs"),
    "ingest",
    "--summary",
    "--reference",
    "2026-03-15T00:00:00Z",
    ...paths,
  ];
  const lnav = [
    "-n",
    "-q",
    "-c",
    ";SELECT count(*) FROM all_logs",
    "-c",
    ":write-csv-to -",
    ...paths,
  ];
  // NODE_EXTRA_CA_CERTS makes Node parse a certificate bundle before running anything (about
  // 100 ms here), for TLS the CLI never uses. Some machines set it (this one does, for its
  // package proxy); both figures are printed, the one without it first.
  const clean = { ...process.env };
  delete clean.NODE_EXTRA_CA_CERTS;
  const hasCaCerts = process.env.NODE_EXTRA_CA_CERTS !== undefined;
  const ours: number[] = [];
  const oursWithCerts: number[] = [];
  const theirs: number[] = [];
  // Alternate so that cache and thermal effects and the slow spells of a shared machine
  // fall on every command alike.
  for (let i = 0; i < PROCESS_RUNS; i++) {
    ours.push(timeProcess(process.execPath, debrief, clean));
    theirs.push(timeProcess("lnav", lnav, process.env));
    if (hasCaCerts) oursWithCerts.push(timeProcess(process.execPath, debrief, process.env));
  }
  const a = median(ours);
  const b = median(theirs);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `\nWhole process, median of ${PROCESS_RUNS} alternating runs on the same ${paths.length} files:`,
  );
  console.log(`  debrief ingest --summary  ${seconds(a)}`);
  console.log(`  lnav -n -q (count + csv)  ${seconds(b)}`);
  console.log(
    `  ratio debrief / lnav      ${(a / b).toFixed(2)}${a / b < 1 ? "  (faster)" : "  (slower)"}`,
  );
  if (hasCaCerts) {
    const c = median(oursWithCerts);
    console.log(
      `  with this machine's NODE_EXTRA_CA_CERTS: debrief ${seconds(c)}, ratio ${(c / b).toFixed(2)}`,
    );
  }
}

const files = generate();
console.log(
  `Corpus: ${files.length} files, ${mb(files.reduce((n, f) => n + statSync(f.file).size, 0)).toFixed(1)} MB in ${path.relative(process.cwd(), OUT)}`,
);
await benchInProcess(files);
benchAgainstLnav(files);
