// `debrief models compare`: people's diagrams (Mermaid or the app's JSON export) side by side
// with each other and with the calls their traces show. A thin edge over lib/models; traces
// are read by lib/ingest, the engine behind `debrief ingest`.

import { readFile } from "node:fs/promises";
import { Summarizer } from "../../lib/ingest/index";
import {
  compareModels,
  observedFromEdges,
  type Comparison,
  type ModelDiagram,
} from "../../lib/models/compare";
import { readDiagramFile } from "../../lib/models/mermaid";
import type { Observed } from "../../lib/models/observed";

export const summary = "Compare people's system diagrams with each other and with the traces";

export const usage = `Usage: debrief models compare DIAGRAM... [--traces FILE]... [--alias NAME=NAME]... [--json]

Reads Mermaid flowcharts (.mmd) or diagram JSON exported by Debrief, one per person or moment,
matches their components by name (case, spaces, - _ . separators, plurals and -service/-svc
suffixes do not matter) and prints who drew what, what the traces show, and where they differ:
hidden dependencies (observed calls nobody drew), drawn calls the traces never showed,
components only some drew, and direction disagreements.

Options:
  --traces FILE     Jaeger, Zipkin or OTLP JSON traces (any trace file "debrief ingest" reads)
  --alias A=B       Treat two names as one component (repeat; A=B=C joins three)
  --json            Print one JSON object instead of the tables
  -h, --help        Show this help

Exit codes: 0 compared, 2 bad input (the message names the file and line).`;

class InputError extends Error {}

interface Options {
  files: string[];
  traces: string[];
  aliases: [string, string][];
  isJson: boolean;
}

function parseAlias(text: string): [string, string][] {
  const names = text.split("=").map((n) => n.trim());
  if (names.length < 2 || names.some((n) => n === ""))
    throw new InputError(
      `--alias "${text}" should be two names joined by "=", e.g. "db1=ledger-db"`,
    );
  return names.slice(1).map((name, i) => [names[i] as string, name]);
}

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== "compare")
    throw new InputError(
      command === undefined
        ? "missing command: compare"
        : `unknown command "${command}" (use compare)`,
    );
  const options: Options = { files: [], traces: [], aliases: [], isJson: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const take = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const value = rest[++i];
      if (value === undefined) throw new InputError(`${flag} needs a value`);
      return value;
    };
    if (flag === "--traces") options.traces.push(take());
    else if (flag === "--alias") options.aliases.push(...parseAlias(take()));
    else if (flag === "--json") options.isJson = true;
    else if (arg.startsWith("-")) throw new InputError(`unknown option "${arg}"`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new InputError("no diagram files to compare");
  const twice = options.files.find((f, i) => options.files.indexOf(f) !== i);
  if (twice !== undefined) throw new InputError(`"${twice}" is given twice`);
  return options;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new InputError(`cannot read "${file}": ${code}`);
  }
}

async function readDiagram(file: string): Promise<ModelDiagram> {
  const result = readDiagramFile(await readText(file));
  if (!result.ok) throw new InputError(`${file}:${result.line}: ${result.message}`);
  return { id: file, label: result.title ?? file, diagram: result.diagram };
}

const TRACE_FORMATS = ["jaeger", "zipkin", "otlp-traces"];

async function readTraces(files: string[]): Promise<Observed | undefined> {
  if (files.length === 0) return undefined;
  const summarizer = new Summarizer();
  for (const file of files) {
    const report = summarizer.add({ name: file, text: await readText(file) });
    if (!TRACE_FORMATS.includes(report.format) || !report.traces?.spans.length) {
      const line = report.unparsedLines[0] ?? 1;
      throw new InputError(
        `${file}:${line}: no trace spans here (it reads as ${report.format}); --traces takes Jaeger, Zipkin or OTLP JSON traces`,
      );
    }
  }
  return observedFromEdges(summarizer.finish().traces.edges);
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
const traffic = (calls: number | undefined, errors: number | undefined): string =>
  calls === undefined
    ? "-"
    : `${count(calls, "call")}${errors ? `, ${count(errors, "error")}` : ""}`;

/** A component's traces cell: seen, and the calls in and out of it when there were any. */
const seen = (calls: number, errors: number): string =>
  calls === 0 ? "yes" : `yes, ${traffic(calls, errors)}`;

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}

function report(comparison: Comparison, files: string[], hasTraces: boolean): string {
  const column = new Map(files.map((f, i) => [f, `[${i + 1}]`]));
  const who = (ids: string[]): string => ids.map((id) => column.get(id) ?? id).join(" ");
  const marks = (drawnBy: string[]): string[] =>
    files.map((f) => (drawnBy.includes(f) ? "x" : "."));
  const header = [...files.map((f) => column.get(f) ?? f), ...(hasTraces ? ["traces"] : [])];
  const out: string[] = ["Diagrams"];
  for (const d of comparison.diagrams
    .slice()
    .sort((a, b) => files.indexOf(a.id) - files.indexOf(b.id)))
    out.push(`  ${column.get(d.id)} ${d.id}${d.label !== d.id ? `  (${d.label})` : ""}`);
  out.push(
    "",
    ...table([
      ["Components", ...header],
      ...comparison.components.map((c) => [
        `  ${c.name}`,
        ...marks(c.drawnBy),
        ...(hasTraces ? [c.observed ? seen(c.calls ?? 0, c.errors ?? 0) : "-"] : []),
      ]),
    ]),
  );
  out.push(
    "",
    ...table([
      ["Edges", ...header],
      ...comparison.edges.map((e) => [
        `  ${e.from} -> ${e.to}`,
        ...marks(e.drawnBy),
        ...(hasTraces ? [e.observed ? traffic(e.calls, e.errors) : "-"] : []),
      ]),
    ]),
  );
  out.push("", "Divergences");
  const section = (title: string, lines: string[]): void => {
    if (lines.length === 0) return;
    out.push(`  ${title}`, ...lines.map((l) => `    ${l}`));
  };
  section(
    "Hidden dependencies (observed calls nobody drew):",
    comparison.hiddenDependencies.map(
      (e) => `${e.from} -> ${e.to}  (${traffic(e.calls, e.errors)})`,
    ),
  );
  section(
    "Components nobody drew (observed):",
    comparison.hiddenComponents.map((c) => `${c.name}  (${traffic(c.calls, c.errors)})`),
  );
  section(
    "Drawn calls the traces never showed:",
    comparison.unobservedEdges.map((e) => `${e.from} -> ${e.to}  drawn by ${who(e.drawnBy)}`),
  );
  section(
    "Components only some drew:",
    comparison.onlySome.map((c) => `${c.name}  drawn by ${who(c.drawnBy)}`),
  );
  section(
    "Direction disagreements:",
    comparison.directionDisagreements.map((d) => {
      const side = (s: { drawnBy: string[]; observed: boolean }): string =>
        [who(s.drawnBy), s.observed ? "traces" : ""].filter((x) => x !== "").join(" ");
      return `${d.a} -> ${d.b} (${side(d.forward)}) vs ${d.b} -> ${d.a} (${side(d.backward)})`;
    }),
  );
  if (out[out.length - 1] === "Divergences") out.push("  none");
  return out.join("\n");
}

function json(comparison: Comparison, files: string[], traces: string[]): string {
  const { diagrams, ...rest } = comparison;
  const titles = Object.fromEntries(diagrams.map((d) => [d.id, d.label]));
  return JSON.stringify({ diagrams: files, titles, traces, ...rest }, null, 2);
}

export async function run(argv: string[]): Promise<number> {
  try {
    const options = parseArgs(argv);
    const diagrams: ModelDiagram[] = [];
    for (const file of options.files) diagrams.push(await readDiagram(file));
    const observed = await readTraces(options.traces);
    const comparison = compareModels({ diagrams, observed, aliases: options.aliases });
    process.stdout.write(
      `${
        options.isJson
          ? json(comparison, options.files, options.traces)
          : report(comparison, options.files, observed !== undefined)
      }\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`debrief models: ${error.message}\n`);
    if (/^(missing|unknown|no diagram|--alias|--\w+ needs)/.test(error.message))
      process.stderr.write(`${usage}\n`);
    return 2;
  }
}
