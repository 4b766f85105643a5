// The deterministic multi-format corpus of `npm run bench:ingest`: 11 line formats with the
// shapes real loggers write (pino JSON, logfmt, nginx combined, both syslogs, logback with
// stack traces, Python, klog, CRI, plain timestamps, CSV). The tests read a small slice of it,
// so the formats the benchmark measures are also the ones checked for lazy/eager equality.

import { createRandom } from "./random";

const SERVICES = ["checkout-web", "payments-api", "ledger-db", "flagd", "payments-worker"];
const LEVELS = ["INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"];
const WORDS = [
  "request",
  "completed",
  "pool",
  "timeout",
  "retry",
  "upstream",
  "connection",
  "ledger",
  "capture",
  "flag",
  "config",
  "latency",
  "breaker",
  "open",
  "closed",
  "payment",
  "refund",
  "status",
];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type Line = (t: number, r: () => number, i: number) => string;

const pick = <T>(r: () => number, list: readonly T[]): T =>
  list[Math.floor(r() * list.length)] as T;
const words = (r: () => number, n: number) =>
  Array.from({ length: n }, () => pick(r, WORDS)).join(" ");
const hex = (r: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join("");
const iso = (t: number) => new Date(t).toISOString();
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
function parts(t: number) {
  const d = new Date(t);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
}
const spaced = (t: number, sep: string) => {
  const p = parts(t);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}${sep}${pad(p.ms, 3)}`;
};

export const GENERATORS: Record<string, { ext: string; header?: string; line: Line }> = {
  json: {
    ext: "jsonl",
    line: (t, r) =>
      JSON.stringify({
        level: pick(r, [30, 30, 30, 40, 50]),
        time: t,
        pid: 1,
        hostname: `${pick(r, SERVICES)}-5c8d7b9f4-h6jzp`,
        name: pick(r, SERVICES),
        req: { id: hex(r, 8), method: "POST", url: "/api/checkout" },
        responseTime: Math.floor(r() * 500),
        trace_id: hex(r, 32),
        span_id: hex(r, 16),
        msg: words(r, 4),
      }),
  },
  logfmt: {
    ext: "log",
    line: (t, r) =>
      `ts=${iso(t)} level=${pick(r, ["info", "info", "debug", "warn", "error"])} svc=${pick(r, SERVICES)} caller=store/reload.go:${Math.floor(r() * 300)} msg="${words(r, 4)}" flag=payments-api.ledger-pool-tuning rev=${Math.floor(r() * 9999)} duration_ms=${Math.floor(r() * 900)}`,
  },
  "access-combined": {
    ext: "log",
    line: (t, r) => {
      const p = parts(t + 3_600_000);
      return `203.0.113.${Math.floor(r() * 255)} - - [${pad(p.d)}/${MONTHS[p.mo - 1]}/${p.y}:${pad(p.h)}:${pad(p.mi)}:${pad(p.s)} +0100] "${pick(r, ["GET", "POST"])} /api/${pick(r, WORDS)}/${hex(r, 6)} HTTP/2.0" ${pick(r, [200, 200, 200, 201, 404, 502, 503])} ${Math.floor(r() * 50000)} "https://shop.example.com/checkout" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"`;
    },
  },
  "syslog-rfc3164": {
    ext: "log",
    line: (t, r) => {
      const p = parts(t);
      return `<${pick(r, [30, 134, 78, 86])}>${MONTHS[p.mo - 1]} ${String(p.d).padStart(2, " ")} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)} ledger-db-01 ${pick(r, ["pgbouncer", "postgres", "sshd", "CRON"])}[${Math.floor(r() * 40000)}]: stats: ${Math.floor(r() * 200)} xacts/s, ${Math.floor(r() * 900)} queries/s, ${words(r, 5)}`;
    },
  },
  "syslog-rfc5424": {
    ext: "log",
    line: (t, r) =>
      `<${pick(r, [28, 110, 187, 4])}>1 ${iso(t)} ip-10-42-3-${Math.floor(r() * 99)} ${pick(r, ["chronyd", "kernel", "flag-audit", "nginx"])} ${Math.floor(r() * 9999)} - [timeQuality tzKnown="1" isSynced="${pick(r, [0, 1])}"] ${words(r, 8)}`,
  },
  java: {
    ext: "log",
    line: (t, r, i) => {
      const head = `${spaced(t, ".")} ${pick(r, LEVELS).padEnd(5)} [http-nio-8080-exec-${Math.floor(r() * 40)}] [${hex(r, 32)}] c.e.payments.api.PaymentController - ${words(r, 6)}`;
      if (i % 50 !== 7) return head;
      return `${head}\norg.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager\n\tat org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:466)\n\tat org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:531)\nCaused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available\n\t... 42 common frames omitted`;
    },
  },
  python: {
    ext: "log",
    line: (t, r) =>
      `${spaced(t, ",")} - payments.worker${pick(r, ["", ".capture"])} - ${pick(r, ["INFO", "INFO", "WARNING", "ERROR", "DEBUG"])} - capture batch ${Math.floor(r() * 99999)} ${words(r, 6)}`,
  },
  klog: {
    ext: "log",
    line: (t, r) => {
      const p = parts(t);
      return `${pick(r, ["I", "I", "W", "E"])}${pad(p.mo)}${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}.${pad(p.ms, 3)}${pad(Math.floor(r() * 1000), 3)}    1187 prober.go:107] "Probe failed" probeType="Liveness" pod="payments/payments-api-7d9f8c6b5-x2k4q" output="${words(r, 5)}"`;
    },
  },
  cri: {
    ext: "log",
    line: (t, r) =>
      `${iso(t).slice(0, -1)}${pad(Math.floor(r() * 999999), 6)}Z ${pick(r, ["stdout", "stdout", "stderr"])} F [${iso(t)}] "POST /v1/payments HTTP/1.1" ${pick(r, [201, 503])} - via_upstream - "-" 412 318 171 170 "-" "undici" "${hex(r, 8)}-${hex(r, 4)}" "payments-api.payments.svc.cluster.local:8080"`,
  },
  timestamped: {
    ext: "log",
    line: (t, r) => `${iso(t).slice(0, -1)}${pad(Math.floor(r() * 9999), 4)}Z ${words(r, 9)}`,
  },
  csv: {
    ext: "csv",
    header: "timestamp_ms,service,level,message",
    line: (t, r) =>
      `${t},${pick(r, SERVICES)},${pick(r, ["info", "warn", "error"])},"rps=${Math.floor(r() * 400)}, p99_ms=${Math.floor(r() * 5000)} ${words(r, 3)}"`,
  },
};

export interface CorpusFile {
  format: string;
  /** File name: format and extension. */
  name: string;
  text: string;
}

/** One file per format, each at least `bytesPerFormat` long; the same bytes on every run. */
export function generateCorpus(bytesPerFormat: number): CorpusFile[] {
  return Object.entries(GENERATORS).map(([format, gen], index) => {
    const r = createRandom(1000 + index);
    const chunks: string[] = gen.header ? [gen.header] : [];
    let bytes = 0;
    let t = Date.UTC(2026, 2, 14, 9, 0, 0);
    for (let i = 0; bytes < bytesPerFormat; i++) {
      t += Math.floor(r() * 40);
      const line = gen.line(t, r, i);
      chunks.push(line);
      bytes += line.length + 1;
    }
    return { format, name: `${format}.${gen.ext}`, text: chunks.join("\n") + "\n" };
  });
}
