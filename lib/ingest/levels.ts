// Level names and numbers from every logger we read, mapped to six levels.

import type { Level } from "./types";

const NAMES: Record<string, Level> = {
  trace: "trace",
  trc: "trace",
  finest: "trace",
  finer: "trace",
  verbose: "trace",
  vrb: "trace",
  t: "trace",
  debug: "debug",
  dbg: "debug",
  fine: "debug",
  config: "debug",
  d: "debug",
  debu: "debug",
  dbug: "debug",
  info: "info",
  information: "info",
  informational: "info",
  inf: "info",
  i: "info",
  notice: "info",
  log: "info",
  ok: "info",
  default: "info",
  note: "info",
  warn: "warn",
  warning: "warn",
  wrn: "warn",
  w: "warn",
  warn_: "warn",
  error: "error",
  err: "error",
  e: "error",
  severe: "error",
  eror: "error",
  erro: "error",
  failure: "error",
  fail: "error",
  fatal: "fatal",
  critical: "fatal",
  crit: "fatal",
  crt: "fatal",
  f: "fatal",
  alert: "fatal",
  emerg: "fatal",
  emergency: "fatal",
  panic: "fatal",
  dpanic: "fatal",
  ftl: "fatal",
  fatl: "fatal",
  c: "fatal",
};

// A Map, because a plain object this size drops to dictionary mode and every miss is slow;
// the exact spellings met on the way are cached so most lines skip toLowerCase().
const BY_NAME = new Map<string, Level | undefined>(Object.entries(NAMES));

/** Level from a name such as "WARN", "Warning", "E", "severe"; undefined when unknown. */
export function levelFromName(name: string): Level | undefined {
  const direct = BY_NAME.get(name);
  if (direct !== undefined || BY_NAME.has(name)) return direct;
  const level = name.length <= 16 ? BY_NAME.get(name.toLowerCase()) : undefined;
  if (BY_NAME.size < 4096 && name.length <= 16) BY_NAME.set(name, level);
  return level;
}

/** pino/bunyan numbers (10..60), syslog severities are handled separately. */
export function levelFromNumber(n: number): Level | undefined {
  if (n >= 60) return "fatal";
  if (n >= 50) return "error";
  if (n >= 40) return "warn";
  if (n >= 30) return "info";
  if (n >= 20) return "debug";
  if (n >= 10) return "trace";
  return undefined;
}

/** OTLP severityNumber 1–24. */
export function levelFromOtlp(n: number): Level | undefined {
  if (n >= 21) return "fatal";
  if (n >= 17) return "error";
  if (n >= 13) return "warn";
  if (n >= 9) return "info";
  if (n >= 5) return "debug";
  if (n >= 1) return "trace";
  return undefined;
}

/** Syslog severity 0–7 (RFC 5424 §6.2.1). */
export function levelFromSyslog(severity: number): Level {
  if (severity <= 1) return "fatal";
  if (severity <= 3) return "error";
  if (severity === 4) return "warn";
  if (severity <= 6) return "info";
  return "debug";
}

/** HTTP status → level for access logs: 5xx error, 4xx warn. */
export function levelFromStatus(status: number): Level {
  if (status >= 500) return "error";
  if (status >= 400) return "warn";
  return "info";
}

/** Any value a JSON logger might put in its level field. */
export function levelFromValue(value: unknown): Level | undefined {
  if (typeof value === "string") return levelFromName(value.trim());
  if (typeof value === "number") return levelFromNumber(value);
  return undefined;
}

const LEVEL_WORD =
  /(?:^|[\s[|(<:])(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|SEVERE|trace|debug|info|warn|warning|error|fatal|critical|Trace|Debug|Info|Notice|Warn|Warning|Error|Fatal|Critical)(?=[\s\]|):>/,]|$)/;

/** Looks for a level word near the start of a free-text message. */
export function sniffLevel(message: string): Level | undefined {
  const m = LEVEL_WORD.exec(message.length > 80 ? message.slice(0, 80) : message);
  return m?.[1] ? levelFromName(m[1]) : undefined;
}
