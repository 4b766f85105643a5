// Timeline exports, CSV (RFC 4180) and Markdown, with key moments and their notes. Pure:
// the route handler gathers the rows the caller may see. Times are written in the zone the
// person chose to see them in (lib/time/display-zone.ts), and say which: CSV as ISO 8601
// with the offset plus a timeZone column, Markdown with the zone in the heading and on each.
import { DateTime } from "luxon";
import { formatFullTime, type DisplayZone } from "@/lib/time/display-zone";

export type ExportZone = Pick<DisplayZone, "zone" | "label">;
const UTC: ExportZone = { zone: "UTC", label: "UTC" };

export interface ExportRow {
  time: string;
  service: string;
  level: string;
  source: string;
  message: string;
  keyMoment: string;
  keyMomentNote: string;
  isManual: boolean;
  author: string;
}

const CSV_COLUMNS: (keyof ExportRow)[] = [
  "time",
  "service",
  "level",
  "source",
  "message",
  "keyMoment",
  "keyMomentNote",
  "isManual",
  "author",
];

function csvTime(iso: string, zone: ExportZone): string {
  if (zone.label === "UTC") return iso;
  const time = DateTime.fromISO(iso, { zone: "UTC" }).setZone(zone.zone);
  return time.isValid ? (time.toISO() ?? iso) : iso;
}

export function toCsv(rows: readonly ExportRow[], zone: ExportZone = UTC): string {
  return csvHead() + rows.map((row) => csvLine(row, zone)).join("");
}

// The pieces a streamed export writes page by page: the head once, then one line per row.
export function csvHead(): string {
  return `${[...CSV_COLUMNS, "timeZone"].join(",")}\r\n`;
}

export function csvLine(row: ExportRow, zone: ExportZone = UTC): string {
  const fields = CSV_COLUMNS.map((column) =>
    csvField(column === "time" ? csvTime(row.time, zone) : row[column]),
  );
  return `${[...fields, csvField(zone.label)].join(",")}\r\n`;
}

function csvField(value: string | boolean): string {
  let text = String(value);
  // A leading = + - @ would run as a formula when opened in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toMarkdown(
  title: string,
  rows: readonly ExportRow[],
  zone: ExportZone = UTC,
): string {
  return (
    markdownHead(
      title,
      rows.filter((row) => row.keyMoment),
      zone,
    ) + rows.map((row) => markdownLine(row, zone)).join("")
  );
}

/** Title, key moments (the rows with one) and the events table's head. */
export function markdownHead(
  title: string,
  keyMoments: readonly ExportRow[],
  zone: ExportZone = UTC,
): string {
  const out = [`# ${escapeMarkdown(title)}: timeline`, ""];
  if (keyMoments.length > 0) {
    out.push("## Key moments", "");
    for (const row of keyMoments) {
      out.push(
        `- **${formatFullTime(row.time, zone)}** · ${row.keyMoment}: ${escapeMarkdown(oneLine(row.message))}`,
      );
      if (row.keyMomentNote) out.push(`  - Note: ${escapeMarkdown(oneLine(row.keyMomentNote))}`);
    }
    out.push("");
  }
  out.push(
    "## Events",
    "",
    `| Time (${escapeMarkdown(zone.label)}) | Service | Level | Message | Key moment |`,
    "|---|---|---|---|---|",
  );
  return `${out.join("\n")}\n`;
}

export function markdownLine(row: ExportRow, zone: ExportZone = UTC): string {
  const moment = row.keyMoment
    ? `${row.keyMoment}${row.keyMomentNote ? `: ${row.keyMomentNote}` : ""}`
    : "";
  return `| ${formatFullTime(row.time, zone)} | ${cell(row.service)} | ${cell(row.level)} | ${cell(row.message)}${row.isManual ? ` _(added by ${cell(row.author)})_` : ""} | ${cell(moment)} |\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, " ⏎ ");
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1");
}

function cell(text: string): string {
  return escapeMarkdown(oneLine(text));
}
