// `debrief ingest`: read evidence files, detect their formats and print a summary or one
// JSON object per event. A thin edge over lib/ingest.

import { isAscii } from "node:buffer";
import { readFile } from "node:fs/promises";
import { FORMAT_IDS, ingest, Summarizer } from "../../lib/ingest/index";
import { isValidZone } from "../../lib/ingest/time/zone";
import type {
  FormatId,
  IngestEvent,
  IngestSummary,
  Source,
  SourceReport,
} from "../../lib/ingest/types";

export const summary = "Detect, parse and merge log and trace files into one UTC timeline";

export const usage = `Usage: debrief ingest [--zone Z] [--reference DATE] [--format F] [--day-first|--month-first]
                      [--summary [--json] | --jsonl] FILE...

Reads log and trace files ("-" for stdin), detects each format, and prints either a summary
(default) or one JSON object per event in UTC time order.

Options:
  --zone Z          IANA time zone for timestamps without an offset (default UTC)
  --reference DATE  Date that missing years and relative ages resolve against (default now)
  --format F        Skip detection and read every file as format F
  --day-first       Read ambiguous numeric dates as day/month (--month-first: month/day)
  --summary         Per file: format, counts, time range, assumptions; then totals (default)
  --json            With --summary: print the summary as one JSON object
  --jsonl           Print one JSON object per event
  -h, --help        Show this help`;

const FORMATS: readonly FormatId[] = FORMAT_IDS;

interface Options {
  zone: string;
  reference: number | undefined;
  format: FormatId | undefined;
  dayFirst: boolean | undefined;
  mode: "summary" | "json" | "jsonl";
  files: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    zone: "UTC",
    reference: undefined,
    format: undefined,
    dayFirst: undefined,
    mode: "summary",
    files: [],
  };
  let isJson = false;
  let isJsonl = false;
  let isSummary = false;
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = value(i, flag);
      i++;
      return v;
    };
    switch (flag) {
      case "--zone": {
        const zone = take();
        if (!isValidZone(zone))
          throw new UsageError(
            `unknown time zone "${zone}" (use an IANA name such as Europe/Paris)`,
          );
        options.zone = zone;
        break;
      }
      case "--reference": {
        const text = take();
        const ms = Date.parse(text);
        if (Number.isNaN(ms))
          throw new UsageError(
            `cannot read --reference "${text}" (use ISO 8601, e.g. 2026-03-14T09:40:00Z)`,
          );
        options.reference = ms;
        break;
      }
      case "--format": {
        const format = take() as FormatId;
        if (!FORMATS.includes(format))
          throw new UsageError(`unknown format "${format}"; one of: ${FORMATS.join(", ")}`);
        options.format = format;
        break;
      }
      case "--day-first":
        options.dayFirst = true;
        break;
      case "--month-first":
        options.dayFirst = false;
        break;
      case "--summary":
        isSummary = true;
        break;
      case "--json":
        isJson = true;
        break;
      case "--jsonl":
        isJsonl = true;
        break;
      default:
        if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option "${arg}"`);
        options.files.push(arg);
    }
  }
  if (isJsonl && (isSummary || isJson))
    throw new UsageError("--jsonl cannot be combined with --summary or --json");
  if (options.files.length === 0) throw new UsageError("no input files (use - for stdin)");
  options.mode = isJsonl ? "jsonl" : isJson ? "json" : "summary";
  return options;
}

/** A file's bytes as text. Pure ASCII (most logs) is decoded as latin1: the same string, faster. */
function decode(data: Buffer): string {
  return isAscii(data) ? data.toString("latin1") : data.toString("utf8");
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const iso = (ms: number | undefined): string | null =>
  ms === undefined || !Number.isFinite(ms) ? null : new Date(ms).toISOString();

function summaryJson(result: IngestSummary): string {
  const sources = result.sources.map((s) => ({
    name: s.name,
    format: s.format,
    confidence: s.confidence,
    events: s.counts.events,
    folded: s.counts.folded,
    unparsed: s.counts.unparsed,
    unparsedLines: s.unparsedLines.slice(0, 1000),
    first: iso(s.first),
    last: iso(s.last),
    assumptions: s.assumptions,
    ...(s.traces
      ? {
          spans: s.traces.spans.length,
          edges: s.traces.edges,
          skew: s.traces.skew.map((k) => ({
            service: k.service,
            host: k.host,
            ms: k.ms,
            spans: k.spans,
            method: k.method,
          })),
          errorSpans: s.traces.errorSpans.length,
        }
      : {}),
  }));
  const totals = {
    sources: result.sources.length,
    events: result.events,
    unparsed: result.sources.reduce((n, s) => n + s.counts.unparsed, 0),
    first: iso(result.first),
    last: iso(result.last),
  };
  return JSON.stringify(
    { sources, totals, edges: result.traces.edges, skew: result.traces.skew },
    null,
    2,
  );
}

function summaryText(result: IngestSummary): string {
  const out: string[] = [];
  const line = (s: SourceReport): void => {
    out.push(`${s.name}`);
    out.push(`  format     ${s.format} (confidence ${s.confidence})`);
    out.push(
      `  events     ${s.counts.events}   folded lines ${s.counts.folded}   unparsed lines ${s.counts.unparsed}   skipped ${s.counts.skipped}   of ${s.counts.lines} lines`,
    );
    if (s.counts.unparsed > 0) {
      const shown = s.unparsedLines.slice(0, 20).join(", ");
      out.push(`  unparsed   lines ${shown}${s.unparsedLines.length > 20 ? ", …" : ""}`);
    }
    out.push(`  time range ${iso(s.first) ?? "-"} .. ${iso(s.last) ?? "-"}`);
    for (const a of s.assumptions) out.push(`  assumes    ${a}`);
    if (s.traces) {
      out.push(`  spans      ${s.traces.spans.length} (${s.traces.errorSpans.length} with errors)`);
      for (const e of s.traces.edges)
        out.push(`  edge       ${e.from} -> ${e.to}  calls ${e.calls}  errors ${e.errors}`);
      for (const k of s.traces.skew)
        out.push(
          `  skew       ${k.service}${k.host ? ` (${k.host})` : ""} ${k.ms >= 0 ? "+" : ""}${k.ms} ms (${k.spans} span pairs)`,
        );
    }
    out.push("");
  };
  result.sources.forEach(line);
  const unparsed = result.sources.reduce((n, s) => n + s.counts.unparsed, 0);
  out.push(
    `total: ${result.sources.length} sources, ${result.events} events, ${unparsed} unparsed lines, ${iso(result.first) ?? "-"} .. ${iso(result.last) ?? "-"}`,
  );
  return out.join("\n");
}

function eventJson(e: IngestEvent, format: string): string {
  return JSON.stringify({
    time: iso(e.time),
    timeNs: e.timeNs,
    level: e.level ?? null,
    service: e.service ?? null,
    host: e.host ?? null,
    message: e.message,
    source: e.source,
    line: e.firstLine,
    lastLine: e.lastLine,
    format,
    traceId: e.traceId,
    spanId: e.spanId,
    parentSpanId: e.parentSpanId,
    timeText: e.timeText,
    assumptions: e.flags,
  });
}

export async function run(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`debrief ingest: ${error.message}\n${usage}\n`);
    return 2;
  }
  // Summaries read, parse and drop one file at a time; --jsonl needs every event to merge them.
  const summarizer = options.mode === "jsonl" ? undefined : new Summarizer();
  const sources: Source[] = [];
  // Each file is read from disk while the one before it is parsed.
  const files = options.files;
  const read = (file: string | undefined): Promise<Buffer> | undefined => {
    if (file === undefined || file === "-") return undefined;
    const reading = readFile(file);
    reading.catch(() => undefined); // reported when its turn comes
    return reading;
  };
  let next = read(files[0]);
  for (let i = 0; i < files.length; i++) {
    const file = files[i] as string;
    const reading = next;
    next = read(files[i + 1]);
    let text: string;
    try {
      text = reading ? decode(await reading) : await readStdin();
    } catch (error) {
      const reason =
        error instanceof Error && "code" in error
          ? String((error as NodeJS.ErrnoException).code)
          : String(error);
      process.stderr.write(`debrief ingest: cannot read "${file}": ${reason}\n`);
      return 2;
    }
    const source: Source = {
      name: file === "-" ? "stdin" : file,
      text,
      options: {
        zone: options.zone,
        reference: options.reference,
        format: options.format,
        dayFirst: options.dayFirst,
      },
    };
    if (summarizer) summarizer.add(source);
    else sources.push(source);
  }
  if (summarizer) {
    const result = summarizer.finish();
    process.stdout.write(
      (options.mode === "json" ? summaryJson(result) : summaryText(result)) + "\n",
    );
    return 0;
  }
  // Every field of every event is printed: decode them while parsing.
  const result = ingest(sources, { eager: true });
  const formats = new Map(result.sources.map((s) => [s.name, s.format]));
  const chunks: string[] = [];
  for (const e of result.events) {
    chunks.push(eventJson(e, formats.get(e.source) ?? "text"));
    if (chunks.length >= 4096) {
      process.stdout.write(chunks.join("\n") + "\n");
      chunks.length = 0;
    }
  }
  if (chunks.length > 0) process.stdout.write(chunks.join("\n") + "\n");
  return 0;
}
