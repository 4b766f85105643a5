// `debrief export INC-12 --format json|md|html|pdf`: an incident as a file, from the app's
// database, as one person sees it. JSON is the complete export (lib/incident-transfer) that
// `debrief import` and the app's "Import review (JSON)" read back; Markdown, HTML and PDF
// are the review as a document (lib/review-document), as the app's Download gives them.
// Each format is one case below.
import fs from "node:fs";
import type { SessionUser } from "../../lib/auth/roles";
import { documentZone } from "../../lib/review-document/document-time";
import { isValidZone } from "../../lib/time/zone";
import {
  actingPerson,
  closeWorkspace,
  CliInputError,
  openWorkspace,
  reportFailure,
} from "../workspace";

export const summary = "Write an incident to a file (json, md, html, pdf)";

export const usage = `Usage: debrief export REFERENCE --format json|md|html|pdf [--out FILE] [--as EMAIL] [--database FILE]

Writes the incident REFERENCE (e.g. INC-12) from Debrief's database. --format json is the
complete export: fields, narrative, factors, action items, participants by email, evidence
with its raw text, the timeline with edits and key moments, the notes and diagrams the
person may see, and the history. "debrief import" reads it back. md, html and pdf are the
review as a document people read, as the app's Download gives it.

Options:
  --format F        json | md | html | pdf (required)
  --out FILE        Write to FILE instead of standard output
  --zone Z          md, html, pdf: the zone times are shown in: incident (the incident's
                    zone, UTC when it has none; the default), utc, or an IANA zone name
  --appendix        md, html, pdf: add the full timeline as an appendix
  --as EMAIL        Export as this person: only what they may see (default: the first admin)
  --database FILE   The SQLite file (default: the app's, from DATABASE_URL or DEBRIEF_DATA_DIR)
  -h, --help        Show this help

Exit codes: 0 written, 1 unexpected failure, 2 bad input (no such incident, person or format).`;

const FORMATS = ["json", "md", "html", "pdf"] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  reference: string;
  format: Format;
  zone: string;
  withAppendix: boolean;
  out: string | undefined;
  as: string | undefined;
  database: string | undefined;
}

function parseArgs(argv: string[]): Options {
  let reference: string | undefined;
  let format: string | undefined;
  const named: Record<string, string | undefined> = {};
  let withAppendix = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (argument === "--appendix") {
      withAppendix = true;
    } else if (["--format", "--out", "--as", "--database", "--zone"].includes(argument)) {
      const value = argv[++index];
      if (value === undefined) throw new CliInputError(`${argument} needs a value.`);
      if (argument === "--format") format = value;
      else named[argument] = value;
    } else if (!argument.startsWith("-") && reference === undefined) {
      reference = argument;
    } else {
      throw new CliInputError(`unknown option "${argument}".`);
    }
  }
  if (!reference) throw new CliInputError("name the incident to export, e.g. INC-12.");
  if (!format) throw new CliInputError(`choose a --format: ${FORMATS.join(", ")}.`);
  if (!(FORMATS as readonly string[]).includes(format))
    throw new CliInputError(`unknown format "${format}" (use ${FORMATS.join(", ")}).`);
  const zone = named["--zone"] ?? "incident";
  if (zone !== "incident" && zone.toLowerCase() !== "utc" && !isValidZone(zone))
    throw new CliInputError(`unknown zone "${zone}" (use incident, utc or an IANA name).`);
  return {
    reference,
    format: format as Format,
    zone,
    withAppendix,
    out: named["--out"],
    as: named["--as"],
    database: named["--database"],
  };
}

// The file's contents for one format, as `person` may see the incident.
async function render(options: Options): Promise<string | Uint8Array> {
  const person = await actingPerson(options.as);
  switch (options.format) {
    case "json": {
      const { exportIncident } = await import("../../lib/incident-transfer/export-incident");
      return `${JSON.stringify(await exportIncident(person, options.reference), null, 2)}\n`;
    }
    case "md":
    case "html":
    case "pdf": {
      const { loadReviewDocument } = await import("../../lib/review-document/load-review-document");
      const { exportReview } = await import("../../lib/review-document/export-review");
      const zone = documentZone(await zoneOf(person, options));
      const document = await loadReviewDocument(person, options.reference, {
        zone,
        withAppendix: options.withAppendix,
      });
      return (await exportReview(document, options.format)).bytes;
    }
  }
}

// "incident": the incident's own zone when it has one (what its people read), else UTC.
async function zoneOf(person: SessionUser, options: Options): Promise<string> {
  if (options.zone.toLowerCase() === "utc") return "UTC";
  if (options.zone !== "incident") return options.zone;
  const { findIncidentZone } = await import("../../lib/incidents/get-incident-display-zone");
  return (await findIncidentZone(person, options.reference)) ?? "UTC";
}

export async function run(argv: string[]): Promise<number> {
  try {
    const options = parseArgs(argv);
    openWorkspace(options.database);
    const contents = await render(options);
    if (options.out) {
      fs.writeFileSync(options.out, contents);
      process.stderr.write(`Wrote ${options.reference.toUpperCase()} to ${options.out}.\n`);
    } else {
      process.stdout.write(contents);
    }
    return 0;
  } catch (error) {
    return reportFailure("export", error);
  } finally {
    await closeWorkspace();
  }
}
