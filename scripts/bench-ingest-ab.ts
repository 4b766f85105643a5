// `npm run bench:ingest:ab [-- REF]`: the ingestion engine of git REF (default e051a83, the
// tree before the architecture work of issue #10) against the working tree's, per format,
// in instructions rather than seconds. Wall times on a shared 2-core machine move by ±30%
// between identical runs; valgrind's instruction count of Node with
// `--single-threaded --predictable` (no concurrent compiler or GC threads) repeats to within
// 0.001%. Each engine is bundled as it ships (esbuild), ingests each bench:ingest corpus file
// three times, lazily and eagerly, and a run that ingests nothing is subtracted.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateCorpus } from "./ingest-corpus";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "bench-out", "ingest-ab");
const REF = process.argv[2] ?? "e051a83";
const ROUNDS = 3;
// BENCH_FORMATS=klog,csv measures only those (the whole corpus takes about 15 minutes).
const ONLY = process.env.BENCH_FORMATS?.split(",").map((format) => format.trim());

// Runs inside valgrind: ingests one corpus file `rounds` times with one bundled engine.
const RUNNER = `import { readFileSync } from "node:fs";
const [engine, file, rounds, mode] = process.argv.slice(2);
const { ingest } = await import(engine);
const sources = [{ name: file, text: readFileSync(file, "utf8"), options: { reference: "2026-03-15T00:00:00Z" } }];
for (let i = 0; i < Number(rounds); i++) ingest(sources, mode === "eager" ? { eager: true } : undefined);
`;

function hasValgrind(): boolean {
  return spawnSync("valgrind", ["--version"], { stdio: "ignore" }).status === 0;
}

async function bundle(tree: string, name: string): Promise<string> {
  const esbuild = await import("esbuild");
  const outfile = path.join(OUT, `${name}.mjs`);
  await esbuild.build({
    entryPoints: [path.join(tree, "lib/ingest/index.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  return outfile;
}

function instructions(engine: string, file: string, rounds: number, mode: string): number {
  const result = spawnSync(
    "valgrind",
    [
      "--tool=callgrind",
      "--callgrind-out-file=/dev/null",
      process.execPath,
      "--single-threaded",
      "--predictable",
      path.join(OUT, "runner.mjs"),
      engine,
      file,
      String(rounds),
      mode,
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const collected = /Collected : (\d+)/.exec(result.stderr)?.[1];
  if (!collected)
    throw new Error(`valgrind gave no count for ${file}:\n${result.stderr.slice(-2000)}`);
  return Number(collected);
}

if (!hasValgrind()) {
  console.error("bench:ingest:ab needs valgrind (apt-get install -y valgrind).");
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, "runner.mjs"), RUNNER);
const before = mkdtempSync(path.join(os.tmpdir(), "debrief-ab-"));
try {
  // The old tree's lib/ingest only: a bundle needs nothing else.
  execFileSync("git", ["-C", ROOT, "worktree", "add", "--detach", before, REF], {
    stdio: "ignore",
  });
  const engines = { before: await bundle(before, "before"), after: await bundle(ROOT, "after") };
  console.log(`Instructions per ingest (millions), ${REF} → working tree, ${ROUNDS} rounds each`);
  console.log("format            lazy before → after  change   eager before → after  change");
  const totals = { lazyBefore: 0, lazyAfter: 0, eagerBefore: 0, eagerAfter: 0 };
  const corpus = generateCorpus(3 * 1024 * 1024).filter(
    ({ format }) => !ONLY || ONLY.includes(format),
  );
  for (const { format, text } of corpus) {
    const file = path.join(OUT, `${format}.txt`);
    writeFileSync(file, text);
    const baseline = {
      [engines.before]: instructions(engines.before, file, 0, "lazy"),
      [engines.after]: instructions(engines.after, file, 0, "lazy"),
    };
    const per = (engine: string, mode: string) =>
      (instructions(engine, file, ROUNDS, mode) - (baseline[engine] ?? 0)) / ROUNDS;
    const lazyBefore = per(engines.before, "lazy");
    const lazyAfter = per(engines.after, "lazy");
    const eagerBefore = per(engines.before, "eager");
    const eagerAfter = per(engines.after, "eager");
    totals.lazyBefore += lazyBefore;
    totals.lazyAfter += lazyAfter;
    totals.eagerBefore += eagerBefore;
    totals.eagerAfter += eagerAfter;
    console.log(row(format, lazyBefore, lazyAfter, eagerBefore, eagerAfter));
  }
  console.log(
    row("total", totals.lazyBefore, totals.lazyAfter, totals.eagerBefore, totals.eagerAfter),
  );
} finally {
  execFileSync("git", ["-C", ROOT, "worktree", "remove", "--force", before], { stdio: "ignore" });
  rmSync(before, { recursive: true, force: true });
}

function row(
  label: string,
  lazyBefore: number,
  lazyAfter: number,
  eagerBefore: number,
  eagerAfter: number,
) {
  const millions = (n: number) => (n / 1e6).toFixed(1).padStart(7);
  const change = (from: number, to: number) =>
    `${to >= from ? "+" : ""}${(((to - from) / from) * 100).toFixed(1)}%`.padStart(7);
  return `${label.padEnd(16)} ${millions(lazyBefore)} → ${millions(lazyAfter)} ${change(lazyBefore, lazyAfter)}   ${millions(eagerBefore)} → ${millions(eagerAfter)} ${change(eagerBefore, eagerAfter)}`;
}
