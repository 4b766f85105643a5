// `debrief import FILE.json`: a complete export (from `debrief export --format json` or the
// app's "Export (JSON)") becomes a new incident in the app's database, through the same
// import as the app (lib/incident-transfer): one transaction, people matched by email.
import fs from "node:fs";
import {
  actingPerson,
  closeWorkspace,
  CliInputError,
  openWorkspace,
  reportFailure,
} from "../workspace";

export const summary = "Import a JSON export as a new incident";

export const usage = `Usage: debrief import FILE.json [--as EMAIL] [--database FILE]

Reads a complete incident export ("debrief export REFERENCE --format json", or "Export
(JSON)" in the app) and adds it as a new incident with a fresh reference: its fields,
evidence, timeline, notes and history (marked as imported). People are matched to accounts
by email; anyone without an account here is kept by name. A file that does not fit is
refused with what is wrong, and nothing is saved.

Options:
  --as EMAIL        Import as this person (default: the first admin)
  --database FILE   The SQLite file (default: the app's, from DATABASE_URL or DEBRIEF_DATA_DIR)
  -h, --help        Show this help

Exit codes: 0 imported, 1 unexpected failure, 2 bad input (the message says what).`;

function parseArgs(argv: string[]): { file: string; as?: string; database?: string } {
  let file: string | undefined;
  const named: Record<string, string> = {};
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (argument === "--as" || argument === "--database") {
      const value = argv[++index];
      if (value === undefined) throw new CliInputError(`${argument} needs a value.`);
      named[argument] = value;
    } else if (!argument.startsWith("-") && file === undefined) {
      file = argument;
    } else {
      throw new CliInputError(`unknown option "${argument}".`);
    }
  }
  if (!file) throw new CliInputError("name the exported .json file to import.");
  return { file, as: named["--as"], database: named["--database"] };
}

function readFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new CliInputError(`cannot read ${file}.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliInputError(`${file} is not JSON.`);
  }
}

export async function run(argv: string[]): Promise<number> {
  try {
    const options = parseArgs(argv);
    const input = readFile(options.file);
    openWorkspace(options.database);
    const person = await actingPerson(options.as);
    const { importIncident } = await import("../../lib/incident-transfer/import-incident");
    const result = await importIncident(person, input);
    process.stdout.write(
      `Imported ${options.file} as ${result.reference}: ${result.counts.events} events from ${result.counts.sources} sources, ${result.counts.notes} notes, ${result.counts.history} history entries.\n`,
    );
    if (result.unmatched.length > 0)
      process.stdout.write(
        `Kept by name (no account here): ${result.unmatched.map((p) => `${p.name} <${p.email}>`).join(", ")}.\n`,
      );
    return 0;
  } catch (error) {
    return reportFailure("import", error);
  } finally {
    await closeWorkspace();
  }
}
