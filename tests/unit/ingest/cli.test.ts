// `debrief ingest`: options, exit codes and the JSON shapes the README documents.

import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "@/cli/commands/ingest";

const SAMPLES = path.resolve(import.meta.dirname, "../../fixtures/samples");

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

afterEach(() => vi.restoreAllMocks());

describe("debrief ingest", () => {
  it.each([
    [["--bogus", "x.log"], "unknown option"],
    [["--zone", "Mars/Base", "x.log"], "unknown time zone"],
    [["--reference", "yesterday-ish", "x.log"], "cannot read --reference"],
    [["--format", "nope", "x.log"], "unknown format"],
    [["--jsonl", "--summary", "x.log"], "cannot be combined"],
    [[], "no input files"],
    [[path.join(SAMPLES, "missing.log")], "cannot read"],
  ])("%j exits 2 with a message", async (argv, message) => {
    const io = capture();
    expect(await run(argv)).toBe(2);
    expect(io.err()).toContain(message);
  });

  it("--summary --json reports formats, counts, edges and skew", async () => {
    const io = capture();
    const files = ["jaeger.json", "klog.log"].map((f) => path.join(SAMPLES, f));
    expect(
      await run(["--summary", "--json", "--reference", "2026-03-14T09:40:00Z", ...files]),
    ).toBe(0);
    const summary = JSON.parse(io.out()) as {
      sources: {
        name: string;
        format: string;
        events: number;
        unparsed: number;
        first: string;
        last: string;
        assumptions: string[];
        edges?: unknown[];
        skew?: { service: string; ms: number; spans: number }[];
      }[];
    };
    expect(summary.sources.map((s) => [s.format, s.events, s.unparsed])).toEqual([
      ["jaeger", 8, 0],
      ["klog", 24, 0],
    ]);
    expect(summary.sources[0]?.edges).toHaveLength(2);
    expect(summary.sources[0]?.skew?.[0]).toMatchObject({ service: "payments-api", spans: 2 });
    expect(summary.sources[1]?.first).toBe("2026-03-14T09:13:21.447Z");
    expect(summary.sources[1]?.assumptions.length).toBeGreaterThan(0);
  });

  it("--jsonl prints one event per line with the documented fields", async () => {
    const io = capture();
    expect(
      await run(["--jsonl", "--zone", "Europe/Paris", path.join(SAMPLES, "apache-error.log")]),
    ).toBe(0);
    const lines = io.out().trim().split("\n");
    expect(lines).toHaveLength(18);
    const first = JSON.parse(lines[0] ?? "{}") as Record<string, unknown>;
    expect(first).toMatchObject({
      time: "2026-03-14T09:11:44.201Z",
      level: "error",
      line: 1,
      format: "apache-error",
    });
    expect(first.assumptions).toEqual(["zone-assumed"]);
  });
});
