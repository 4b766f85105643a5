// Timeline exports, CSV (RFC 4180) and Markdown, with key moments and their notes. Pure:
// the route handler gathers the rows the caller may see.

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

export function toCsv(rows: readonly ExportRow[]): string {
  return csvHead() + rows.map(csvLine).join("");
}

// The pieces a streamed export writes page by page: the head once, then one line per row.
export function csvHead(): string {
  return `${CSV_COLUMNS.join(",")}\r\n`;
}

export function csvLine(row: ExportRow): string {
  return `${CSV_COLUMNS.map((column) => csvField(row[column])).join(",")}\r\n`;
}

function csvField(value: string | boolean): string {
  let text = String(value);
  // A leading = + - @ would run as a formula when opened in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toMarkdown(title: string, rows: readonly ExportRow[]): string {
  return (
    markdownHead(
      title,
      rows.filter((row) => row.keyMoment),
    ) + rows.map(markdownLine).join("")
  );
}

/** Title, key moments (the rows with one) and the events table's head. */
export function markdownHead(title: string, keyMoments: readonly ExportRow[]): string {
  const out = [`# ${escapeMarkdown(title)}: timeline`, ""];
  if (keyMoments.length > 0) {
    out.push("## Key moments", "");
    for (const row of keyMoments) {
      out.push(`- **${row.time}** · ${row.keyMoment}: ${escapeMarkdown(oneLine(row.message))}`);
      if (row.keyMomentNote) out.push(`  - Note: ${escapeMarkdown(oneLine(row.keyMomentNote))}`);
    }
    out.push("");
  }
  out.push(
    "## Events",
    "",
    "| Time (UTC) | Service | Level | Message | Key moment |",
    "|---|---|---|---|---|",
  );
  return `${out.join("\n")}\n`;
}

export function markdownLine(row: ExportRow): string {
  const moment = row.keyMoment
    ? `${row.keyMoment}${row.keyMomentNote ? `: ${row.keyMomentNote}` : ""}`
    : "";
  return `| ${row.time} | ${cell(row.service)} | ${cell(row.level)} | ${cell(row.message)}${row.isManual ? ` _(added by ${cell(row.author)})_` : ""} | ${cell(moment)} |\n`;
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
