import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run } from "../../../cli/commands/lint";

const directory = mkdtempSync(path.join(tmpdir(), "debrief-lint-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function writeInput(name: string, content: string): string {
  const file = path.join(directory, name);
  writeFileSync(file, content);
  return file;
}

let stdout = "";
let stderr = "";
beforeEach(() => {
  stdout = "";
  stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe("debrief lint", () => {
  it("--jsonl analyses each line alone and numbers lines from 1", async () => {
    const file = writeInput("lines.txt", "The runbook was not followed.\nAll good here.\n");
    expect(await run(["--jsonl", file])).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map(
        (line) =>
          JSON.parse(line) as { line: number; findings: Array<{ ruleId: string; start: number }> },
      );
    expect(lines.map((line) => line.line)).toEqual([1, 2]);
    expect(lines[0]?.findings.map((finding) => finding.ruleId)).toEqual(["PB-01"]);
    expect(lines[0]?.findings[0]?.start).toBe(12);
    expect(lines[1]?.findings).toEqual([]);
  });

  it("--json prints findings and document findings", async () => {
    const file = writeInput("review.md", "## Action items\n- Retrain the on-call engineers.\n");
    expect(await run(["--json", file])).toBe(0);
    const report = JSON.parse(stdout) as {
      findings: Array<{ ruleId: string }>;
      documentFindings: Array<{ ruleId: string }>;
    };
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(["HE-06"]);
    expect(report.documentFindings.map((finding) => finding.ruleId)).toEqual(["DOC-02"]);
  });

  it("prints line:col, category, excerpt, message and question by default", async () => {
    const file = writeInput("plain.md", "Intro line.\nObviously the flag was wrong.\n");
    expect(await run([file])).toBe(0);
    expect(stdout).toContain(`${file}:2:1  suggestion  hindsight  HM-01  "Obviously"`);
    expect(stdout).toContain("Ask: Was it obvious to everyone at the time?");
  });

  it("honours --allow, --disable and --strict", async () => {
    const file = writeInput("settings.txt", "Obviously the flag was wrong.\n");
    expect(await run(["--disable", "hm-01", "--strict", file])).toBe(0);
    expect(stdout).toContain("No findings.");
    expect(await run(["--strict", file])).toBe(1);
    expect(await run(["--allow", "Obviously", "--jsonl", file])).toBe(0);
    expect(stdout).toContain('{"line":1,"findings":[]}');
  });

  it.each([
    [["--bogus", "x"], "unknown option --bogus"],
    [[], "missing FILE"],
    [["--section", "epilogue", "x"], "--section must be one of"],
    [["--json", "--jsonl", "x"], "cannot be combined"],
    [["a", "b"], "only one FILE"],
  ])("exits 2 on bad usage %j", async (argv, message) => {
    expect(await run(argv)).toBe(2);
    expect(stderr).toContain(message);
  });

  it("exits 2 when the file cannot be read", async () => {
    expect(await run([path.join(directory, "missing.md")])).toBe(2);
    expect(stderr).toContain("cannot read");
  });
});
