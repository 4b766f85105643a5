// One or two lines per logger family: detected format, UTC time, level, service and message.
// Built from each logger's documented output, not from the samples.

import { describe, expect, it } from "vitest";
import { ingestText, toPlainEvent } from "@/lib/ingest";
import type { FormatId, Level } from "@/lib/ingest";

interface Case {
  name: string;
  text: string;
  format: FormatId;
  time: string;
  level?: Level;
  service?: string;
  message?: string;
}

const CASES: Case[] = [
  {
    name: "pino",
    text: '{"level":50,"time":1773479505862,"pid":1,"hostname":"h","name":"web","msg":"boom"}',
    format: "json",
    time: "2026-03-14T09:11:45.862Z",
    level: "error",
    service: "web",
    message: "boom",
  },
  {
    name: "bunyan",
    text: '{"name":"api","hostname":"h","pid":1,"level":40,"msg":"slow","time":"2026-03-14T09:11:45.862Z","v":0}',
    format: "json",
    time: "2026-03-14T09:11:45.862Z",
    level: "warn",
    service: "api",
    message: "slow",
  },
  {
    name: "winston",
    text: '{"level":"info","message":"started","timestamp":"2026-03-14T09:11:45.862Z","service":"api"}',
    format: "json",
    time: "2026-03-14T09:11:45.862Z",
    level: "info",
    service: "api",
    message: "started",
  },
  {
    name: "zap",
    text: '{"level":"error","ts":1773479505.8621,"logger":"db","caller":"db/pool.go:12","msg":"timeout"}',
    format: "json",
    time: "2026-03-14T09:11:45.862Z",
    level: "error",
    service: "db",
    message: "timeout",
  },
  {
    name: "logrus json",
    text: '{"level":"warning","msg":"retry","time":"2026-03-14T10:11:45+01:00"}',
    format: "json",
    time: "2026-03-14T09:11:45.000Z",
    level: "warn",
    message: "retry",
  },
  {
    name: "ECS",
    text: '{"@timestamp":"2026-03-14T09:11:45.862Z","log.level":"ERROR","message":"x","service.name":"payments-api","trace.id":"abc"}',
    format: "json",
    time: "2026-03-14T09:11:45.862Z",
    level: "error",
    service: "payments-api",
  },
  {
    name: "ECS nested",
    text: '{"@timestamp":"2026-03-14T09:11:45.862Z","log":{"level":"warn"},"message":"x","service":{"name":"s"}}',
    format: "json",
    time: "2026-03-14T09:11:45.862Z",
    level: "warn",
    service: "s",
  },
  {
    name: "Logstash",
    text: '{"@timestamp":"2026-03-14T09:11:45.862Z","@version":"1","message":"x","logger_name":"com.A","level":"DEBUG"}',
    format: "json",
    time: "2026-03-14T09:11:45.862Z",
    level: "debug",
    service: "com.A",
  },
  {
    name: "GCP",
    text: '{"severity":"ERROR","timestamp":"2026-03-14T09:11:45.862123Z","textPayload":"down","logging.googleapis.com/trace":"projects/p/traces/0af7651916cd43dd8448eb211c80319c"}',
    format: "json",
    time: "2026-03-14T09:11:45.862Z",
    level: "error",
    message: "down",
  },
  {
    name: "CLEF",
    text: '{"@t":"2026-03-14T09:11:45.8620000Z","@mt":"Started {Service}","Service":"api"}',
    format: "json",
    time: "2026-03-14T09:11:45.862Z",
    level: "info",
    message: "Started {Service}",
  },
  {
    name: "Docker json-file",
    text: '{"log":"listening on :8080\\n","stream":"stdout","time":"2026-03-14T09:11:45.862912345Z"}',
    format: "docker-json",
    time: "2026-03-14T09:11:45.862Z",
    message: "listening on :8080",
  },
  {
    name: "logfmt",
    text: 'time="2026-03-14T09:11:45Z" level=error msg="db down" service=api',
    format: "logfmt",
    time: "2026-03-14T09:11:45.000Z",
    level: "error",
    service: "api",
    message: "db down",
  },
  {
    name: "RFC 5424",
    text: '<165>1 2026-03-14T09:11:45.003Z mymachine evntslog - ID47 [exampleSDID@32473 iut="3"] An application event',
    format: "syslog-rfc5424",
    time: "2026-03-14T09:11:45.003Z",
    level: "info",
    service: "evntslog",
  },
  {
    name: "RFC 3164 file",
    text: "Mar 14 09:11:45 host sshd[42]: Accepted publickey for alice",
    format: "syslog-rfc3164",
    time: "2026-03-14T09:11:45.000Z",
    service: "sshd",
  },
  {
    name: "Apache common",
    text: '127.0.0.1 - frank [14/Mar/2026:10:11:45 +0100] "GET /a.gif HTTP/1.0" 404 2326',
    format: "access-common",
    time: "2026-03-14T09:11:45.000Z",
    level: "warn",
  },
  {
    name: "nginx combined",
    text: '10.0.0.1 - - [14/Mar/2026:09:11:45 +0000] "GET / HTTP/1.1" 502 0 "-" "curl/8"',
    format: "access-combined",
    time: "2026-03-14T09:11:45.000Z",
    level: "error",
  },
  {
    name: "Apache 2.2 error",
    text: "[Sat Mar 14 09:11:45 2026] [error] [client 1.2.3.4] File does not exist: /var/www/favicon.ico",
    format: "apache-error",
    time: "2026-03-14T09:11:45.000Z",
    level: "error",
  },
  {
    name: "nginx error",
    text: "2026/03/14 09:11:45 [crit] 2211#2211: *9 connect() failed",
    format: "nginx-error",
    time: "2026-03-14T09:11:45.000Z",
    level: "fatal",
    message: "connect() failed",
  },
  {
    name: "glog",
    text: "E20260314 09:11:45.411655 15520 main.cc:9] disk full",
    format: "glog",
    time: "2026-03-14T09:11:45.411Z",
    level: "error",
    message: "disk full",
  },
  {
    name: "log4j",
    text: "2026-03-14 09:11:45,123 [main] ERROR com.example.App - failed",
    format: "java",
    time: "2026-03-14T09:11:45.123Z",
    level: "error",
    message: "failed",
  },
  {
    name: "Spring Boot",
    text: "2026-03-14T09:11:45.123Z  WARN 1 --- [app] [main] o.s.b.SpringApplication   : slow start",
    format: "java",
    time: "2026-03-14T09:11:45.123Z",
    level: "warn",
    message: "slow start",
  },
  {
    name: "JUL",
    text: "Mar 14, 2026 9:11:45 AM com.example.App main\nSEVERE: it broke",
    format: "java-jul",
    time: "2026-03-14T09:11:45.000Z",
    level: "error",
    message: "it broke",
  },
  {
    name: "Go log",
    text: "2026/03/14 09:11:45 server.go:42: listening",
    format: "go-log",
    time: "2026-03-14T09:11:45.000Z",
  },
  {
    name: "Go log µs",
    text: "2026/03/14 09:11:45.123456 ready",
    format: "go-log",
    time: "2026-03-14T09:11:45.123Z",
  },
  {
    name: "CRI",
    text: "2026-03-14T09:11:45.8443515Z stderr F error: oops",
    format: "cri",
    time: "2026-03-14T09:11:45.844Z",
  },
  {
    name: "plain bracketed",
    text: "[2026-03-14 09:11:45] ERROR something",
    format: "timestamped",
    time: "2026-03-14T09:11:45.000Z",
    level: "error",
  },
  {
    name: "CSV by value",
    text: "when;service;what\n14.03.2026 09:11:45;api;down\n15.03.2026 09:11:45;api;up",
    format: "csv",
    time: "2026-03-14T09:11:45.000Z",
    service: "api",
  },
  {
    name: "OTLP JSON lines",
    text: [1, 2]
      .map(
        () =>
          '{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"a"}}]},"scopeLogs":[{"logRecords":[{"timeUnixNano":"1773479505862000001","severityNumber":17,"body":{"stringValue":"x"}}]}]}]}',
      )
      .join("\n"),
    format: "otlp-jsonl",
    time: "2026-03-14T09:11:45.862Z",
    level: "error",
    service: "a",
  },
  {
    name: "JSON array",
    text: '[{"time":"2026-03-14T09:11:45Z","msg":"a"},{"time":"2026-03-14T09:11:46Z","msg":"b"}]',
    format: "json-array",
    time: "2026-03-14T09:11:45.000Z",
    message: "a",
  },
];

CASES.push(
  {
    name: "rsyslog ISO",
    text: "2026-03-14T09:11:45.123456+00:00 db-01 postgres[1042]: LOG:  checkpoint starting\n2026-03-14T09:11:46.5+00:00 db-01 CRON[7]: (root) CMD (true)",
    format: "syslog-rfc3164",
    time: "2026-03-14T09:11:45.123Z",
    service: "postgres",
  },
  {
    name: "Redis",
    text: "1:M 14 Mar 2026 09:11:45.123 * Ready to accept connections",
    format: "redis",
    time: "2026-03-14T09:11:45.123Z",
    level: "info",
    service: "redis",
  },
  {
    name: "RFC 2822 stamps",
    text: "Sat, 14 Mar 2026 10:11:45 +0100 ERROR mail queue stuck",
    format: "timestamped",
    time: "2026-03-14T09:11:45.000Z",
    level: "error",
  },
  {
    name: "MySQL",
    text: "2026-03-14T09:11:45.123456Z 0 [Warning] [MY-010068] CA certificate is self signed.",
    format: "timestamped",
    time: "2026-03-14T09:11:45.123Z",
    level: "warn",
  },
);

CASES.push(
  {
    name: "Ruby Logger",
    text: "I, [2026-03-14T09:11:45.377123 #1234]  INFO -- web: Started GET /\nE, [2026-03-14T09:11:46.1 #1234] ERROR -- : boom",
    format: "ruby-logger",
    time: "2026-03-14T09:11:45.377Z",
    level: "info",
    service: "web",
    message: "Started GET /",
  },
  {
    name: "Celery",
    text: "[2026-03-14 09:11:45,123: ERROR/ForkPoolWorker-1] Task failed\n[2026-03-14 09:11:46,123: INFO/MainProcess] ok",
    format: "java",
    time: "2026-03-14T09:11:45.123Z",
    level: "error",
  },
);

CASES.push(
  {
    name: "Elasticsearch hits",
    text: JSON.stringify(
      {
        hits: {
          total: { value: 1 },
          hits: [
            {
              _index: "logs",
              _source: {
                "@timestamp": "2026-03-14T09:11:45.862Z",
                message: "es",
                "log.level": "warn",
              },
            },
          ],
        },
      },
      null,
      2,
    ),
    format: "json-array",
    time: "2026-03-14T09:11:45.862Z",
    level: "warn",
    message: "es",
  },
  {
    name: "CloudWatch filter-log-events",
    text: JSON.stringify({
      events: [
        {
          logStreamName: "s",
          timestamp: 1773479505862,
          message: "cw",
          ingestionTime: 1773479506000,
        },
      ],
    }),
    format: "json-array",
    time: "2026-03-14T09:11:45.862Z",
    message: "cw",
  },
);

describe("format families", () => {
  it.each(CASES)("$name", (c) => {
    const result = ingestText(c.name, c.text, { reference: "2026-03-14T12:00:00Z" });
    expect(result.sources[0]?.format).toBe(c.format);
    const first = result.events[0];
    if (c.format === "text") {
      // Not a format we read: every line kept, none dropped.
      expect(result.sources[0]?.unparsedLines.length).toBe(c.text.split("\n").length);
      return;
    }
    expect(first && new Date(first.time).toISOString()).toBe(c.time);
    if (c.level) expect(first?.level).toBe(c.level);
    if (c.service) expect(first?.service).toBe(c.service);
    if (c.message) expect(first?.message).toBe(c.message);
  });

  it("joins a Docker record split without a trailing newline", () => {
    const text = [
      '{"log":"part one ","stream":"stdout","time":"2026-03-14T09:11:45Z"}',
      '{"log":"and two\\n","stream":"stdout","time":"2026-03-14T09:11:45Z"}',
    ].join("\n");
    const result = ingestText("d", text);
    expect(result.events.map((e) => e.message)).toEqual(["part one and two"]);
  });

  it("folds a Go panic with its goroutine stack into the entry above", () => {
    const text = [
      '{"level":"error","ts":"2026-03-14T09:00:01Z","msg":"boom"}',
      "panic: runtime error: index out of range",
      "",
      "goroutine 1 [running]:",
      "main.main()",
      "\t/app/main.go:12 +0x1d",
    ].join("\n");
    const result = ingestText("g", text);
    expect(result.sources[0]?.counts).toMatchObject({ events: 1, folded: 5, unparsed: 0 });
  });

  it("gives plain-object copies of events for serialisation", () => {
    const event = ingestText("p", "2026-03-14T09:00:00Z WARN x").events[0];
    expect(event).toBeDefined();
    if (!event) return;
    const plain = toPlainEvent(event);
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(plain).toEqual({
      time: Date.UTC(2026, 2, 14, 9),
      timeNs: undefined,
      timeText: "2026-03-14T09:00:00Z",
      flags: [],
      service: undefined,
      host: undefined,
      level: "warn",
      message: "WARN x",
      raw: "2026-03-14T09:00:00Z WARN x",
      source: "p",
      firstLine: 1,
      lastLine: 1,
      traceId: undefined,
      spanId: undefined,
      parentSpanId: undefined,
      attributes: undefined,
    });
    // The copy survives JSON, which drops the getters of a lazy event.
    expect(JSON.parse(JSON.stringify(plain))).toMatchObject({ message: "WARN x", level: "warn" });
  });

  it("keeps unrecognised lines between entries as unparsed, with their numbers", () => {
    const text =
      '{"time":"2026-03-14T09:00:00Z","msg":"a"}\nnot json at all\n{"time":"2026-03-14T09:00:01Z","msg":"b"}';
    const report = ingestText("j", text).sources[0];
    expect(report?.counts.events).toBe(2);
    expect(report?.unparsedLines).toEqual([2]);
  });
});
