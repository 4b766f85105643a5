import { describe, expect, it } from "vitest";
import {
  csvCell,
  formatActionItemsCsv,
  neutralizeFormula,
  type ActionItemCsvRow,
} from "@/lib/action-items/action-items-csv";

const row = (overrides: Partial<ActionItemCsvRow> = {}): ActionItemCsvRow => ({
  incident: "INC-7",
  incidentTitle: "Checkout latency",
  title: "Add a pool-saturation alert",
  owner: "Priya Raman",
  status: "Open",
  dueDate: "2026-04-01",
  isOverdue: false,
  services: ["checkout", "ledger"],
  trackerUrl: "https://tracker.example.com/OPS-1",
  ...overrides,
});

describe("action items as CSV", () => {
  it("writes a header and one line per item, CRLF-terminated", () => {
    const csv = formatActionItemsCsv([row(), row({ title: "Second", isOverdue: true })]);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "Incident,Incident title,Action item,Owner,Status,Due date,Overdue,Services,Tracker link",
    );
    expect(lines[1]).toBe(
      "INC-7,Checkout latency,Add a pool-saturation alert,Priya Raman,Open,2026-04-01,no,checkout; ledger,https://tracker.example.com/OPS-1",
    );
    expect(lines[2]).toContain("Second");
    expect(lines[2]).toContain(",yes,");
    expect(lines[3]).toBe("");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('Say "hi", then go')).toBe('"Say ""hi"", then go"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it.each(['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])(
    "defuses the formula %j with a leading apostrophe",
    (value) => {
      expect(neutralizeFormula(value).startsWith("'")).toBe(true);
      const csv = formatActionItemsCsv([row({ title: value })]);
      const cells = csv.split("\r\n")[1]!;
      expect(cells).not.toMatch(/,[=+\-@]/);
    },
  );

  it("leaves ordinary text alone", () => {
    expect(neutralizeFormula("Rotate the certificate")).toBe("Rotate the certificate");
    expect(neutralizeFormula("a=b")).toBe("a=b");
  });
});
