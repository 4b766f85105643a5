// Benchmark of the ingestion engine: generates a deterministic multi-format corpus under
// bench-out/ingest, measures MB/s and events/s per format and overall (median of several
// in-process runs), and, when lnav is installed, the whole-process time of
// `debrief ingest --summary` against lnav on the same files (median, alternating runs).

import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ingest } from "../lib/ingest/index";
import { generateCorpus } from "./ingest-corpus";

const OUT = path.resolve(import.meta.dirname, "../bench-out/ingest");
const TARGET_BYTES_PER_FORMAT = 3 * 1024 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PROCESS_RUNS = Number(process.env.BENCH_PROCESS_RUNS ?? 5);

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

interface Row {
  label: string;
  bytes: number;
  events: number;
  ms: number;
  cpuMs: number;
  detected: string;
}

function printRow(r: Row): void {
  const perSecond = (n: number, ms: number) => n / (ms / 1000);
  console.log(
    [
      r.label.padEnd(18),
      mb(r.bytes).toFixed(1).padStart(6),
      String(r.events).padStart(9),
      r.ms.toFixed(0).padStart(7),
      perSecond(mb(r.bytes), r.ms).toFixed(1).padStart(7),
      Math.round(perSecond(r.events, r.ms)).toLocaleString("en").padStart(10),
      r.cpuMs.toFixed(0).padStart(7),
      perSecond(mb(r.bytes), r.cpuMs).toFixed(1).padStart(9),
      ` ${r.detected}`,
    ].join(" "),
  );
}

/** Median wall and CPU time of `RUNS` runs of `work`. */
function measure(work: () => void): { ms: number; cpuMs: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const before = process.cpuUsage();
    const start = performance.now();
    work();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu) };
}

function benchInProcess(files: { format: string; file: string; bytes: number }[]): void {
  const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
  console.log(
    `\nIn-process ingest, median of ${RUNS} runs (${files.length} formats, ${mb(totalBytes).toFixed(1)} MB)`,
  );
  // CPU time is printed next to wall time: on a shared 2-core machine other processes take
  // turns on the CPU, and CPU time is the steadier figure of what the engine itself costs.
  console.log(
    `${"format".padEnd(18)} ${"MB".padStart(6)} ${"events".padStart(9)} ${"ms".padStart(7)} ${"MB/s".padStart(7)} ${"events/s".padStart(10)} ${"cpu ms".padStart(7)} ${"MB/cpu-s".padStart(9)}  detected`,
  );
  const total: Row = { label: "overall (sum)", bytes: 0, events: 0, ms: 0, cpuMs: 0, detected: "" };
  const options = { reference: "2026-03-15T00:00:00Z" };
  for (const f of files) {
    const text = readFileSync(f.file, "utf8");
    let events = 0;
    let detected = "";
    const { ms, cpuMs } = measure(() => {
      const result = ingest([{ name: f.file, text, options }]);
      events = result.events.length;
      detected = result.sources[0]?.format ?? "";
    });
    printRow({ label: f.format, bytes: f.bytes, events, ms, cpuMs, detected });
    total.bytes += f.bytes;
    total.events += events;
    total.ms += ms;
    total.cpuMs += cpuMs;
  }
  printRow(total);
  const texts = files.map((f) => ({ name: f.file, text: readFileSync(f.file, "utf8"), options }));
  const merged = measure(() => ingest(texts));
  printRow({
    label: "all files merged",
    bytes: totalBytes,
    events: total.events,
    ...merged,
    detected: "",
  });
}

function hasLnav(): boolean {
  try {
    execFileSync("which", ["lnav"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function timeProcess(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, HOME: path.join(OUT, "home") },
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
  const ours: number[] = [];
  const theirs: number[] = [];
  // Alternate so that cache and thermal effects fall on both equally.
  for (let i = 0; i < PROCESS_RUNS; i++) {
    ours.push(timeProcess(process.execPath, debrief));
    theirs.push(timeProcess("lnav", lnav));
  }
  const a = median(ours);
  const b = median(theirs);
  console.log(
    `\nWhole process, median of ${PROCESS_RUNS} alternating runs on the same ${paths.length} files:`,
  );
  console.log(`  debrief ingest --summary  ${(a / 1000).toFixed(2)} s`);
  console.log(`  lnav -n -q (count + csv)  ${(b / 1000).toFixed(2)} s`);
  console.log(
    `  ratio debrief / lnav      ${(a / b).toFixed(2)}${a / b < 1 ? "  (faster)" : "  (slower)"}`,
  );
}

const files = generate();
console.log(
  `Corpus: ${files.length} files, ${mb(files.reduce((n, f) => n + statSync(f.file).size, 0)).toFixed(1)} MB in ${path.relative(process.cwd(), OUT)}`,
);
benchInProcess(files);
benchAgainstLnav(files);
