// Benchmark of the ingestion engine: generates a deterministic multi-format corpus under
// bench-out/ingest, measures MB/s and events/s per format and overall (median of several
// in-process runs), and, when lnav is installed, the whole-process time of
// `debrief ingest --summary` against lnav on the same files (median, alternating runs).

import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ingest } from "../lib/ingest/index";

const OUT = path.resolve(import.meta.dirname, "../bench-out/ingest");
const TARGET_BYTES_PER_FORMAT = 3 * 1024 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PROCESS_RUNS = Number(process.env.BENCH_PROCESS_RUNS ?? 5);

// mulberry32: small, fast and deterministic, so every run benchmarks the same bytes.
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = ["checkout-web", "payments-api", "ledger-db", "flagd", "payments-worker"];
const LEVELS = ["INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"];
const WORDS = [
  "request",
  "completed",
  "pool",
  "timeout",
  "retry",
  "upstream",
  "connection",
  "ledger",
  "capture",
  "flag",
  "config",
  "latency",
  "breaker",
  "open",
  "closed",
  "payment",
  "refund",
  "status",
];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type Line = (t: number, r: () => number, i: number) => string;

const pick = <T>(r: () => number, list: readonly T[]): T =>
  list[Math.floor(r() * list.length)] as T;
const words = (r: () => number, n: number) =>
  Array.from({ length: n }, () => pick(r, WORDS)).join(" ");
const hex = (r: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join("");
const iso = (t: number) => new Date(t).toISOString();
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
function parts(t: number) {
  const d = new Date(t);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
}
const spaced = (t: number, sep: string) => {
  const p = parts(t);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}${sep}${pad(p.ms, 3)}`;
};

const GENERATORS: Record<string, { ext: string; header?: string; line: Line }> = {
  json: {
    ext: "jsonl",
    line: (t, r) =>
      JSON.stringify({
        level: pick(r, [30, 30, 30, 40, 50]),
        time: t,
        pid: 1,
        hostname: `${pick(r, SERVICES)}-5c8d7b9f4-h6jzp`,
        name: pick(r, SERVICES),
        req: { id: hex(r, 8), method: "POST", url: "/api/checkout" },
        responseTime: Math.floor(r() * 500),
        trace_id: hex(r, 32),
        span_id: hex(r, 16),
        msg: words(r, 4),
      }),
  },
  logfmt: {
    ext: "log",
    line: (t, r) =>
      `ts=${iso(t)} level=${pick(r, ["info", "info", "debug", "warn", "error"])} svc=${pick(r, SERVICES)} caller=store/reload.go:${Math.floor(r() * 300)} msg="${words(r, 4)}" flag=payments-api.ledger-pool-tuning rev=${Math.floor(r() * 9999)} duration_ms=${Math.floor(r() * 900)}`,
  },
  "access-combined": {
    ext: "log",
    line: (t, r) => {
      const p = parts(t + 3_600_000);
      return `203.0.113.${Math.floor(r() * 255)} - - [${pad(p.d)}/${MONTHS[p.mo - 1]}/${p.y}:${pad(p.h)}:${pad(p.mi)}:${pad(p.s)} +0100] "${pick(r, ["GET", "POST"])} /api/${pick(r, WORDS)}/${hex(r, 6)} HTTP/2.0" ${pick(r, [200, 200, 200, 201, 404, 502, 503])} ${Math.floor(r() * 50000)} "https://shop.example.com/checkout" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"`;
    },
  },
  "syslog-rfc3164": {
    ext: "log",
    line: (t, r) => {
      const p = parts(t);
      return `<${pick(r, [30, 134, 78, 86])}>${MONTHS[p.mo - 1]} ${String(p.d).padStart(2, " ")} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)} ledger-db-01 ${pick(r, ["pgbouncer", "postgres", "sshd", "CRON"])}[${Math.floor(r() * 40000)}]: stats: ${Math.floor(r() * 200)} xacts/s, ${Math.floor(r() * 900)} queries/s, ${words(r, 5)}`;
    },
  },
  "syslog-rfc5424": {
    ext: "log",
    line: (t, r) =>
      `<${pick(r, [28, 110, 187, 4])}>1 ${iso(t)} ip-10-42-3-${Math.floor(r() * 99)} ${pick(r, ["chronyd", "kernel", "flag-audit", "nginx"])} ${Math.floor(r() * 9999)} - [timeQuality tzKnown="1" isSynced="${pick(r, [0, 1])}"] ${words(r, 8)}`,
  },
  java: {
    ext: "log",
    line: (t, r, i) => {
      const head = `${spaced(t, ".")} ${pick(r, LEVELS).padEnd(5)} [http-nio-8080-exec-${Math.floor(r() * 40)}] [${hex(r, 32)}] c.e.payments.api.PaymentController - ${words(r, 6)}`;
      if (i % 50 !== 7) return head;
      return `${head}\norg.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager\n\tat org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:466)\n\tat org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:531)\nCaused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available\n\t... 42 common frames omitted`;
    },
  },
  python: {
    ext: "log",
    line: (t, r) =>
      `${spaced(t, ",")} - payments.worker${pick(r, ["", ".capture"])} - ${pick(r, ["INFO", "INFO", "WARNING", "ERROR", "DEBUG"])} - capture batch ${Math.floor(r() * 99999)} ${words(r, 6)}`,
  },
  klog: {
    ext: "log",
    line: (t, r) => {
      const p = parts(t);
      return `${pick(r, ["I", "I", "W", "E"])}${pad(p.mo)}${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}.${pad(p.ms, 3)}${pad(Math.floor(r() * 1000), 3)}    1187 prober.go:107] "Probe failed" probeType="Liveness" pod="payments/payments-api-7d9f8c6b5-x2k4q" output="${words(r, 5)}"`;
    },
  },
  cri: {
    ext: "log",
    line: (t, r) =>
      `${iso(t).slice(0, -1)}${pad(Math.floor(r() * 999999), 6)}Z ${pick(r, ["stdout", "stdout", "stderr"])} F [${iso(t)}] "POST /v1/payments HTTP/1.1" ${pick(r, [201, 503])} - via_upstream - "-" 412 318 171 170 "-" "undici" "${hex(r, 8)}-${hex(r, 4)}" "payments-api.payments.svc.cluster.local:8080"`,
  },
  timestamped: {
    ext: "log",
    line: (t, r) => `${iso(t).slice(0, -1)}${pad(Math.floor(r() * 9999), 4)}Z ${words(r, 9)}`,
  },
  csv: {
    ext: "csv",
    header: "timestamp_ms,service,level,message",
    line: (t, r) =>
      `${t},${pick(r, SERVICES)},${pick(r, ["info", "warn", "error"])},"rps=${Math.floor(r() * 400)}, p99_ms=${Math.floor(r() * 5000)} ${words(r, 3)}"`,
  },
};

function generate(): { format: string; file: string; bytes: number }[] {
  mkdirSync(OUT, { recursive: true });
  const files: { format: string; file: string; bytes: number }[] = [];
  Object.entries(GENERATORS).forEach(([format, gen], index) => {
    const file = path.join(OUT, `${format}.${gen.ext}`);
    const r = rng(1000 + index);
    const chunks: string[] = gen.header ? [gen.header] : [];
    let bytes = 0;
    let t = Date.UTC(2026, 2, 14, 9, 0, 0);
    for (let i = 0; bytes < TARGET_BYTES_PER_FORMAT; i++) {
      t += Math.floor(r() * 40);
      const line = gen.line(t, r, i);
      chunks.push(line);
      bytes += line.length + 1;
    }
    const text = chunks.join("\n") + "\n";
    writeFileSync(file, text);
    files.push({ format, file, bytes: Buffer.byteLength(text) });
  });
  return files;
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
