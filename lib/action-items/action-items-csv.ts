// Action items as CSV (RFC 4180: quoted fields, doubled quotes, CRLF line ends). Pure.
// A cell that a spreadsheet would read as a formula (starting with = + - @, or a tab or
// carriage return before one) gets a leading apostrophe, so an action item's title can
// never run code in whoever opens the export.

export interface ActionItemCsvRow {
  incident: string;
  incidentTitle: string;
  title: string;
  owner: string;
  status: string;
  dueDate: string;
  isOverdue: boolean;
  services: string[];
  trackerUrl: string;
}

const HEADER = [
  "Incident",
  "Incident title",
  "Action item",
  "Owner",
  "Status",
  "Due date",
  "Overdue",
  "Services",
  "Tracker link",
];

export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string): string {
  const safe = neutralizeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function formatActionItemsCsv(rows: readonly ActionItemCsvRow[]): string {
  const lines = [HEADER.map(csvCell).join(",")];
  for (const row of rows) {
    lines.push(
      [
        row.incident,
        row.incidentTitle,
        row.title,
        row.owner,
        row.status,
        row.dueDate,
        row.isOverdue ? "yes" : "no",
        row.services.join("; "),
        row.trackerUrl,
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
