// `debrief lint`: blameless-language findings for a review file or for one sentence per
// line (--jsonl). A thin edge over lib/language: argument parsing, reading, printing.
import { readFile } from "node:fs/promises";
import { analyze } from "../../lib/language/analyze";
import { analyzeMarkdown, lineAndColumn } from "../../lib/language/markdown";
import { SECTIONS, type Finding, type Section, type TeamSettings } from "../../lib/language/types";

export const summary = "Flag blaming, counterfactual and hindsight wording in a review";

export const usage = `Usage: debrief lint [options] FILE|-
       debrief lint --jsonl [options] FILE|-

Checks a review (Markdown; headings such as "## Timeline" or "## Action items" set the
section of the text below them) and prints each finding with line:col, category, the
excerpt, why it matters and the question to ask instead. "-" reads standard input.

Options:
  --json              Print {"findings": [...], "documentFindings": [...]} as JSON
  --jsonl             Analyse each input line alone; print {"line": n, "findings": [...]} per line
  --section NAME      Treat all text as one section: ${SECTIONS.join(", ")}
  --allow WORDS       Comma-separated words or product names never to flag (repeatable)
  --disable RULES     Comma-separated rule ids to switch off, e.g. HM-01,RC-03 (repeatable)
  --strict            Exit 1 when there are findings (default: exit 0)
  -h, --help          Show this help

Exit status: 0 on success, 1 with --strict and findings, 2 on bad usage or unreadable input.`;

interface LintOptions {
  mode: "text" | "json" | "jsonl";
  section?: Section;
  settings: TeamSettings;
  strict: boolean;
  file: string;
}

class UsageError extends Error {}

function splitList(value: string | undefined, flag: string): string[] {
  if (value === undefined || value.startsWith("--")) throw new UsageError(`${flag} needs a value`);
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

function parseArguments(argv: readonly string[]): LintOptions {
  const allowWords: string[] = [];
  const disabledRules: string[] = [];
  let mode: LintOptions["mode"] = "text";
  let section: Section | undefined;
  let strict = false;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg === "--json" || arg === "--jsonl") {
      const wanted = arg === "--json" ? "json" : "jsonl";
      if (mode !== "text" && mode !== wanted)
        throw new UsageError("--json and --jsonl cannot be combined");
      mode = wanted;
    } else if (arg === "--strict") {
      strict = true;
    } else if (arg === "--section") {
      const value = argv[++i];
      if (!value || !(SECTIONS as readonly string[]).includes(value)) {
        throw new UsageError(`--section must be one of: ${SECTIONS.join(", ")}`);
      }
      section = value as Section;
    } else if (arg === "--allow") {
      allowWords.push(...splitList(argv[++i], "--allow"));
    } else if (arg === "--disable") {
      disabledRules.push(...splitList(argv[++i], "--disable").map((id) => id.toUpperCase()));
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError(`unknown option ${arg}`);
    } else if (file !== undefined) {
      throw new UsageError(`only one FILE is allowed (got "${file}" and "${arg}")`);
    } else {
      file = arg;
    }
  }
  if (file === undefined) throw new UsageError("missing FILE (use - for standard input)");
  return { mode, section, settings: { allowWords, disabledRules }, strict, file };
}

async function readInput(file: string): Promise<string> {
  if (file !== "-") return readFile(file, "utf8");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function formatFinding(text: string, finding: Finding, label: string): string {
  const { line, column } = lineAndColumn(text, finding.start);
  return [
    `${label}:${line}:${column}  ${finding.severity}  ${finding.category}  ${finding.ruleId}  "${finding.excerpt}"`,
    `    ${finding.message}`,
    `    Ask: ${finding.question}`,
  ].join("\n");
}

function runJsonLines(text: string, options: LintOptions): number {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  let total = 0;
  const output = lines.map((line, index) => {
    const findings = analyze(line, { section: options.section, settings: options.settings });
    total += findings.length;
    return JSON.stringify({ line: index + 1, findings });
  });
  if (output.length > 0) process.stdout.write(`${output.join("\n")}\n`);
  return options.strict && total > 0 ? 1 : 0;
}

function runDocument(text: string, options: LintOptions): number {
  const report = analyzeMarkdown(text, { section: options.section, settings: options.settings });
  if (options.mode === "json") {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const label = options.file === "-" ? "<stdin>" : options.file;
    const blocks = report.findings.map((finding) => formatFinding(text, finding, label));
    for (const finding of report.documentFindings) {
      blocks.push(
        `${label}  ${finding.severity}  ${finding.category}  ${finding.ruleId}\n    ${finding.message}\n    Ask: ${finding.question}`,
      );
    }
    const count = report.findings.length + report.documentFindings.length;
    blocks.push(count === 0 ? "No findings." : `${count} finding${count === 1 ? "" : "s"}.`);
    process.stdout.write(`${blocks.join("\n\n")}\n`);
  }
  const total = report.findings.length + report.documentFindings.length;
  return options.strict && total > 0 ? 1 : 0;
}

export async function run(argv: string[]): Promise<number> {
  let options: LintOptions;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`debrief lint: ${error.message}\nRun "debrief lint --help" for usage.\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readInput(options.file);
  } catch (error) {
    process.stderr.write(
      `debrief lint: cannot read ${options.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
    );
    return 2;
  }
  return options.mode === "jsonl" ? runJsonLines(text, options) : runDocument(text, options);
}
