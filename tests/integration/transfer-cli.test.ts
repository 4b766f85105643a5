// `debrief export` and `debrief import` against the configured database: the JSON file the
// one writes, the other reads back as a new incident; Markdown, HTML and PDF are the review
// as a document; bad input exits 2 with a message and changes nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { run as runExport } from "@/cli/commands/export";
import { run as runImport } from "@/cli/commands/import";
import { db } from "@/lib/db";
import { makeIncident, makeUser } from "./factories";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "debrief-transfer-cli-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  return { out: () => out.join(""), err: () => err.join("") };
}

describe("debrief export / import", { timeout: 30_000 }, () => {
  it("exports an incident as JSON and imports it as a new one", async () => {
    const admin = await makeUser("admin", "Ada Admin");
    const reference = await makeIncident(admin, {
      title: "Queue backlog after the deploy",
      incidentTimeZone: "Asia/Tokyo",
      contributingFactors: ["The alert fired on the wrong queue."],
    });
    const file = path.join(scratch, "export.json");

    let output = capture();
    expect(
      await runExport([reference, "--format", "json", "--out", file, "--as", admin.email]),
    ).toBe(0);
    expect(output.err()).toContain(`Wrote ${reference}`);
    const exported = JSON.parse(fs.readFileSync(file, "utf8")) as {
      format: string;
      incident: { title: string; timeZone: string };
    };
    expect(exported.format).toBe("debrief.incident");
    expect(exported.incident).toMatchObject({
      title: "Queue backlog after the deploy",
      timeZone: "Asia/Tokyo",
    });
    vi.restoreAllMocks();

    output = capture();
    expect(await runImport([file, "--as", admin.email])).toBe(0);
    const copy = /as (INC-\d+)/.exec(output.out())?.[1];
    expect(copy).toBeDefined();
    expect(copy).not.toBe(reference);
    const row = await db.incident.findUniqueOrThrow({
      where: { number: Number(copy?.slice(4)) },
      include: { contributingFactors: true },
    });
    expect(row.title).toBe("Queue backlog after the deploy");
    expect(row.contributingFactors.map((factor) => factor.text)).toEqual([
      "The alert fired on the wrong queue.",
    ]);
  });

  it("writes the review as Markdown, HTML and PDF, in the zone asked for", async () => {
    const admin = await makeUser("admin", "Ada Admin");
    const reference = await makeIncident(admin, {
      title: "Pager storm <script>alert(1)</script>",
      incidentTimeZone: "Asia/Tokyo",
      startedAt: "2026-03-14T09:10",
      contributingFactors: ["The dedupe window was shorter than the retry interval."],
    });
    const written = async (format: string, ...extra: string[]) => {
      const file = path.join(scratch, `review.${format}`);
      const output = capture();
      const code = await runExport([reference, "--format", format, "--out", file, ...extra]);
      vi.restoreAllMocks();
      expect(code, output.err()).toBe(0);
      return fs.readFileSync(file);
    };
    const markdown = (await written("md")).toString("utf8");
    expect(markdown).toContain("Pager storm");
    expect(markdown).toContain("The dedupe window was shorter than the retry interval.");
    // The incident's own zone by default; --zone utc when asked.
    expect(markdown).toContain("Asia/Tokyo");
    expect((await written("md", "--zone", "utc")).toString("utf8")).toContain(
      "Times are shown in UTC",
    );
    const html = (await written("html")).toString("utf8");
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;");
    expect((await written("pdf")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("answers bad input with exit code 2 and a message", async () => {
    const admin = await makeUser("admin");
    const reference = await makeIncident(admin);
    const before = await db.incident.count();
    const bad = path.join(scratch, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ format: "debrief.incident", version: 7 }));

    const output = capture();
    expect(await runExport([reference, "--format", "md", "--zone", "Mars/Base"])).toBe(2);
    expect(await runExport([reference, "--format", "docx"])).toBe(2);
    expect(await runExport(["INC-99999", "--format", "json", "--as", admin.email])).toBe(2);
    expect(await runImport([bad, "--as", admin.email])).toBe(2);
    expect(await runImport([bad, "--as", "nobody@example.test"])).toBe(2);
    expect(output.err()).toContain('unknown zone "Mars/Base"');
    expect(output.err()).toContain('unknown format "docx"');
    expect(output.err()).toContain("does not exist");
    expect(output.err()).toContain("cannot read (it reads version 1)");
    expect(output.err()).toContain("no active account with the email nobody@example.test");
    expect(await db.incident.count()).toBe(before);
  });
});
