// The sample pastes: each is detected as the right format and yields the entry count and
// UTC range that tests/fixtures/samples/README.md states (a copy of ../shared/samples/README.md,
// parsed from its table, so the test follows the README).

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "@/lib/ingest";
import type { FormatId, SourceOptions } from "@/lib/ingest";

const SAMPLES = path.resolve(import.meta.dirname, "../../fixtures/samples");
const REFERENCE = "2026-03-14T09:40:00Z";

const EXPECTED_FORMAT: Record<string, FormatId> = {
  "json-pino.jsonl": "json",
  "json-ecs.jsonl": "json",
  "logfmt.log": "logfmt",
  "nginx-combined.log": "access-combined",
  "apache-error.log": "apache-error",
  "syslog-rfc3164.log": "syslog-rfc3164",
  "syslog-rfc5424.log": "syslog-rfc5424",
  "logback-java.log": "java",
  "python-logging.log": "python",
  "klog.log": "klog",
  "k8s-events.txt": "k8s-events",
  "cri.log": "cri",
  "zipkin-v2.json": "zipkin",
  "jaeger.json": "jaeger",
  "otlp-traces.json": "otlp-traces",
  "otlp-logs.json": "otlp-logs",
  "slack.txt": "slack",
  "plain-iso.log": "timestamped",
  "epoch-ms.csv": "csv",
};

// The README's zone facts: Apache runs on Paris local time, Slack shows London time.
const ZONES: Record<string, string> = {
  "apache-error.log": "Europe/Paris",
  "slack.txt": "Europe/London",
};

interface Row {
  file: string;
  entries: number;
  isApproximate: boolean;
  first: string;
  last: string;
}

function readmeRows(): Row[] {
  const readme = readFileSync(path.join(SAMPLES, "README.md"), "utf8");
  const rows: Row[] = [];
  const re =
    /^\| `([^`]+)` \|.*\| \*\*(\d+)\*\* \| (≈)?(\d\d:\d\d(?::\d\d)?)–(\d\d:\d\d(?::\d\d)?) \|$/gm;
  for (const m of readme.matchAll(re)) {
    rows.push({
      file: m[1] ?? "",
      entries: Number(m[2]),
      isApproximate: m[3] === "≈",
      first: m[4] ?? "",
      last: m[5] ?? "",
    });
  }
  return rows;
}

function run(file: string) {
  const options: SourceOptions = { reference: REFERENCE, zone: ZONES[file] ?? "UTC" };
  const text = readFileSync(path.join(SAMPLES, file), "utf8");
  return ingest([{ name: file, text, options }]);
}

function clock(ms: number | undefined): string {
  return ms === undefined ? "" : new Date(ms).toISOString().slice(11, 19);
}

function seconds(hms: string): number {
  const [h = 0, m = 0, s = 0] = hms.split(":").map(Number);
  return h * 3600 + m * 60 + s;
}

const rows = readmeRows();

describe("shared samples", () => {
  it("the README table lists every sample file", () => {
    const files = readdirSync(SAMPLES).filter((f) => f !== "README.md");
    expect(rows.map((r) => r.file).sort()).toEqual(files.sort());
    expect(rows.reduce((n, r) => n + r.entries, 0)).toBe(415);
  });

  it.each(rows)("$file: format, $entries entries, $first–$last UTC", (row) => {
    const result = run(row.file);
    const report = result.sources[0];
    expect(report?.format).toBe(EXPECTED_FORMAT[row.file]);
    expect(report?.counts.events).toBe(row.entries);
    expect(report?.counts.unparsed).toBe(0);
    expect(result.events.every((e) => e.time >= Date.parse("2026-03-14T09:00:00Z"))).toBe(true);
    expect(
      result.events.every((e) => new Date(e.time).toISOString().startsWith("2026-03-14T09:")),
    ).toBe(true);
    if (row.isApproximate) {
      // kubectl ages are truncated to the minute; the README gives the range to the minute.
      expect(Math.abs(seconds(clock(report?.first)) - seconds(row.first))).toBeLessThanOrEqual(60);
      expect(Math.abs(seconds(clock(report?.last)) - seconds(row.last))).toBeLessThanOrEqual(60);
    } else {
      expect(clock(report?.first).startsWith(row.first)).toBe(true);
      expect(clock(report?.last).startsWith(row.last)).toBe(true);
    }
  });

  it("the README file itself is prose: kept as unparsed text, nothing lost", () => {
    const text = readFileSync(path.join(SAMPLES, "README.md"), "utf8");
    const report = ingest([{ name: "README.md", text }]).sources[0];
    expect(report?.format).toBe("text");
    expect((report?.counts.unparsed ?? 0) + (report?.counts.skipped ?? 0)).toBe(
      report?.counts.lines,
    );
  });

  it("keeps folded lines with their entry (stack traces, tracebacks, CRI partials, CSV newlines)", () => {
    const folded = (file: string) => run(file).events.filter((e) => e.lastLine > e.firstLine);
    expect(folded("logback-java.log")).toHaveLength(2);
    expect(folded("python-logging.log")).toHaveLength(1);
    expect(folded("cri.log")).toHaveLength(1);
    expect(folded("epoch-ms.csv")).toHaveLength(1);
    const traceback = folded("python-logging.log")[0];
    expect(traceback?.raw).toContain("Traceback (most recent call last):");
    expect(traceback?.raw.split("\n").length).toBe(
      (traceback?.lastLine ?? 0) - (traceback?.firstLine ?? 0) + 1,
    );
  });

  it("reads levels, services, hosts and trace ids from structured lines", () => {
    const pino = run("json-pino.jsonl").events;
    expect(new Set(pino.map((e) => e.level))).toEqual(new Set(["info", "warn", "error"]));
    expect(pino.every((e) => e.service === "checkout-web")).toBe(true);
    expect(pino.some((e) => e.traceId?.startsWith("5f2c1e9a"))).toBe(true);
    const ecs = run("json-ecs.jsonl").events;
    expect(ecs[0]?.service).toBe("payments-api");
    expect(ecs[0]?.level).toBe("info");
    const nginx = run("nginx-combined.log").events;
    expect(nginx.filter((e) => e.level === "error").length).toBeGreaterThan(0);
    const syslog = run("syslog-rfc3164.log").events;
    expect(syslog[0]?.host).toBe("ledger-db-01");
    expect(syslog[0]?.service).toBe("pgbouncer");
  });

  it("keeps exact nanoseconds for OTLP and uses observedTimeUnixNano when the time is missing", () => {
    const logs = run("otlp-logs.json").events;
    expect(logs.every((e) => e.timeNs !== undefined && /^\d{19}$/.test(e.timeNs))).toBe(true);
    const traces = run("otlp-traces.json").events;
    for (const e of traces)
      expect(Math.floor(Number(BigInt(e.timeNs ?? "0") / 1_000_000n))).toBe(e.time);
  });

  it("flags zone and year assumptions where the README says they are needed", () => {
    const flagsOf = (file: string) => run(file).sources[0]?.flags ?? [];
    expect(flagsOf("syslog-rfc3164.log")).toEqual(
      expect.arrayContaining(["zone-assumed", "year-inferred"]),
    );
    expect(flagsOf("klog.log")).toEqual(expect.arrayContaining(["zone-assumed", "year-inferred"]));
    expect(flagsOf("k8s-events.txt")).toContain("relative-time");
    expect(flagsOf("json-pino.jsonl")).toEqual([]);
    expect(flagsOf("syslog-rfc5424.log")).toEqual([]);
  });

  it("merges all samples into one stable UTC order", () => {
    const sources = rows.map((r) => ({
      name: r.file,
      text: readFileSync(path.join(SAMPLES, r.file), "utf8"),
      options: { reference: REFERENCE, zone: ZONES[r.file] ?? "UTC" },
    }));
    const result = ingest(sources);
    expect(result.events).toHaveLength(415);
    for (let i = 1; i < result.events.length; i++) {
      expect(result.events[i]!.time).toBeGreaterThanOrEqual(result.events[i - 1]!.time);
    }
  });
});
