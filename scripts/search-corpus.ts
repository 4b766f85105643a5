// A deterministic incident library for `npm run bench:search`: incidents with realistic
// titles, factors and notes, and timeline events in the words of logs and chat (service
// names, error messages, people). Same seed, same library. Writes straight into SQLite
// with multi-row statements in one transaction (the fastest way to a million rows).
import type Database from "better-sqlite3";
import { createRandom } from "./random";

export const SERVICES = [
  "ledger-db",
  "payments-api",
  "checkout-web",
  "auth-service",
  "search-indexer",
  "kafka-broker",
  "redis-cache",
  "edge-proxy",
  "billing-worker",
  "notification-service",
  "inventory-api",
  "flagd",
  "cdn",
  "dns-resolver",
  "postgres-primary",
  "postgres-replica",
  "s3-gateway",
  "k8s-scheduler",
  "ingress-nginx",
  "fraud-scorer",
];
const TAGS = [
  "database",
  "deploy",
  "feature-flag",
  "capacity",
  "network",
  "certificates",
  "third-party",
  "config",
  "data-loss",
  "latency",
  "security",
  "dns",
];
const FIRST = ["Ana", "Bo", "Chen", "Dara", "Emil", "Femi", "Gita", "Hugo", "Ines", "Jon"];
const LAST = [
  "Lima",
  "Berg",
  "Okafor",
  "Sato",
  "Novak",
  "Reyes",
  "Khan",
  "Moreau",
  "Ivanov",
  "Park",
];
const FLAGS = ["new-checkout", "fast-ledger", "async-refunds", "edge-cache-v2", "smart-retry"];
const PROBLEMS = [
  "failover stalled",
  "connection pool exhausted",
  "latency spike",
  "partial outage",
  "replication lag",
  "certificate expiry",
  "bad deploy",
  "feature flag surprise",
  "disk full",
  "cache stampede",
  "DNS misconfiguration",
  "queue backlog",
];
const CONTEXTS = [
  "during peak traffic",
  "after a routine deploy",
  "in the nightly batch",
  "while migrating",
  "on Black Friday",
  "after a config change",
];
const FACTORS = [
  "The connection pool size was tuned for last year's traffic",
  "A feature flag defaulted to on in one region",
  "Alerts fired on symptoms but not on the saturated dependency",
  "The runbook described a failover that no longer existed",
  "Retries without jitter amplified the load",
  "The certificate renewal job had silently failed for weeks",
  "Two teams owned the replica and neither watched its lag",
  "A schema migration held a lock longer than expected",
];
const LUCKY = [
  "An engineer happened to be watching the dashboard",
  "The incident started just before the traffic peak ended",
  "A stale cache kept serving most reads",
  "The vendor's support line answered at once",
];
const ACTIONS = [
  "Add saturation alerts on the pool",
  "Rewrite the failover runbook",
  "Add jitter to client retries",
  "Monitor certificate renewal",
  "Load test the new checkout path",
  "Give the replica one owner",
];
const EVENT_TEMPLATES: ((p: Pick) => string)[] = [
  (p) => `connection pool exhausted on ${p.service()} after ${p.n(5000)} ms`,
  (p) => `timeout waiting for ${p.service()} response (deadline ${p.n(3000)}ms)`,
  (p) => `replication lag on ${p.service()} reached ${p.n(600)} seconds`,
  (p) => `feature flag ${p.pick(FLAGS)} evaluated to true for ${p.n(100)}% of requests`,
  (p) => `disk full on host-${p.n(40)} /var/lib/${p.service()}`,
  (p) => `OOMKilled container ${p.service()} restarted`,
  (p) => `HTTP 503 from ${p.service()} upstream`,
  (p) => `retry budget exhausted calling ${p.service()}`,
  (p) => `TLS handshake failed: certificate expired for ${p.service()}`,
  (p) => `deploy ${p.service()} version 2.${p.n(90)}.${p.n(20)} rolled out to ${p.n(100)}%`,
  (p) => `${p.person()} acknowledged the page for ${p.service()}`,
  (p) => `alert HighErrorRate firing for ${p.service()}`,
  (p) => `rollback of ${p.service()} to 2.${p.n(90)}.0 started`,
  (p) => `GC pause ${p.n(2000)} ms on ${p.service()}`,
  (p) => `queue depth ${p.n(100000)} on ${p.service()}`,
  (p) => `DNS resolution for ${p.service()} failed: SERVFAIL`,
  (p) => `rate limiter shed ${p.n(5000)} requests at ${p.service()}`,
  (p) => `${p.person()}: is anyone else seeing errors on ${p.service()}?`,
  (p) => `request handled in ${p.n(900)}ms by ${p.service()}`,
  (p) => `health check passed for ${p.service()}`,
];
const LEVELS = ["INFO", "INFO", "INFO", "WARN", "ERROR"];
const MOMENTS = ["detection", "diagnosis", "repair", "decision", "communication"];

interface Pick {
  n(max: number): number;
  pick<T>(list: readonly T[]): T;
  service(): string;
  person(): string;
}

export interface CorpusOptions {
  incidents: number;
  events: number;
  /** The member who sees every incident but the restricted ones (10%). */
  memberId: string;
  adminId: string;
}

export interface CorpusSummary {
  restricted: number;
  people: number;
}

const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const doc = (text: string) =>
  JSON.stringify({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });

// Multi-row INSERTs, 100 rows a statement: per-row statements each flush FTS5's pending
// terms when triggers are on; batches are also faster on their own.
function inserter(database: Database.Database, table: string, columns: string[]) {
  const BATCH = 100;
  const row = `(${columns.map(() => "?").join(", ")})`;
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const full = database.prepare(head + Array.from({ length: BATCH }, () => row).join(", "));
  let pending: unknown[] = [];
  let count = 0;
  return {
    add(values: unknown[]) {
      pending.push(...values);
      if (++count === BATCH) {
        full.run(pending);
        pending = [];
        count = 0;
      }
    },
    flush() {
      if (count > 0) {
        database.prepare(head + Array.from({ length: count }, () => row).join(", ")).run(pending);
      }
      pending = [];
      count = 0;
    },
  };
}

export function seedSearchCorpus(
  database: Database.Database,
  options: CorpusOptions,
): CorpusSummary {
  const random = createRandom(20261206);
  const n = (max: number) => Math.floor(random() * max);
  const pick = <T>(list: readonly T[]): T => list[n(list.length)] as T;
  const peopleIds: string[] = [];
  const names = new Map<string, string>();
  const people = inserter(database, "User", [
    "id",
    "email",
    "name",
    "role",
    "passwordHash",
    "createdAt",
    "updatedAt",
  ]);
  const now = iso(Date.parse("2026-01-01T00:00:00Z"));
  for (const first of FIRST) {
    for (const last of LAST) {
      const id = `bench-user-${first}-${last}`.toLowerCase();
      peopleIds.push(id);
      names.set(id, `${first} ${last}`);
      people.add([
        id,
        `${first}.${last}@example.com`.toLowerCase(),
        `${first} ${last}`,
        "member",
        "x",
        now,
        now,
      ]);
    }
  }
  people.flush();
  const personName = (id: string) => names.get(id) ?? id;
  // An incident's events speak of its own services and its own kinds of trouble.
  let storyServices: string[] = SERVICES;
  const p: Pick = {
    n,
    pick,
    service: () => (n(10) === 0 ? pick(SERVICES) : pick(storyServices)),
    person: () => personName(pick(peopleIds)),
  };

  const incidents = inserter(database, "Incident", [
    "id",
    "number",
    "title",
    "severity",
    "status",
    "visibility",
    "startedAt",
    "impact",
    "summary",
    "narrative",
    "createdById",
    "createdAt",
    "updatedAt",
  ]);
  const services = inserter(database, "IncidentService", ["incidentId", "name"]);
  const tags = inserter(database, "IncidentTag", ["incidentId", "name"]);
  const participants = inserter(database, "IncidentParticipant", [
    "incidentId",
    "userId",
    "role",
    "createdAt",
  ]);
  const factors = inserter(database, "ContributingFactor", [
    "id",
    "incidentId",
    "position",
    "text",
  ]);
  const lucky = inserter(database, "LuckyNote", ["id", "incidentId", "position", "text"]);
  const actions = inserter(database, "ActionItem", [
    "id",
    "incidentId",
    "position",
    "title",
    "status",
  ]);
  const events = inserter(database, "TimelineEvent", [
    "id",
    "incidentId",
    "time",
    "service",
    "level",
    "message",
    "keyMoment",
    "createdAt",
    "updatedAt",
  ]);
  const perIncident = Math.floor(options.events / options.incidents);
  const firstStart = Date.parse("2024-01-01T00:00:00Z");
  let restricted = 0;
  let eventNumber = 0;
  // Children are written in batches that may reach the database before their incident's
  // batch does; the keys are right by construction, so checking waits until the end.
  database.pragma("foreign_keys = OFF");
  database.transaction(() => {
    for (let index = 0; index < options.incidents; index++) {
      const id = `bench-inc-${index}`;
      const isRestricted = index % 10 === 3;
      if (isRestricted) restricted++;
      const start = firstStart + n(730) * 86_400_000 + n(86_400_000);
      const main = pick(SERVICES);
      const problem = pick(PROBLEMS);
      const rare = n(1000) === 0 ? " kerberos" : "";
      incidents.add([
        id,
        index + 1,
        `${main} ${problem} ${pick(CONTEXTS)}${rare}`,
        `SEV${1 + n(4)}`,
        pick(["draft", "in_review", "published", "published"]),
        isRestricted ? "restricted" : "workspace",
        iso(start),
        `${n(40)}% of ${pick(["checkouts", "logins", "payments", "searches"])} failed for ${n(90)} minutes`,
        `${main} saw ${problem}; ${pick(SERVICES)} was affected.`,
        doc(`We first noticed ${problem} on ${main}. ${pick(FACTORS)}.`),
        options.adminId,
        iso(start),
        iso(start),
      ]);
      const incidentServices = new Set([main, pick(SERVICES), pick(SERVICES)].slice(0, 1 + n(3)));
      for (const name of incidentServices) services.add([id, name]);
      storyServices = [...incidentServices];
      const story = Array.from({ length: 6 }, () => pick(EVENT_TEMPLATES));
      for (const name of new Set([pick(TAGS), pick(TAGS)].slice(0, 1 + n(2)))) tags.add([id, name]);
      const members = new Set([pick(peopleIds), pick(peopleIds), pick(peopleIds), pick(peopleIds)]);
      if (!isRestricted && n(4) === 0) members.add(options.memberId);
      [...members].forEach((userId, position) =>
        participants.add([id, userId, position === 0 ? "facilitator" : "participant", iso(start)]),
      );
      for (let position = 0; position < 2 + n(2); position++) {
        factors.add([`${id}-f${position}`, id, position, pick(FACTORS)]);
      }
      lucky.add([`${id}-l0`, id, 0, pick(LUCKY)]);
      for (let position = 0; position < 2; position++) {
        actions.add([`${id}-a${position}`, id, position, pick(ACTIONS), pick(["open", "done"])]);
      }
      const count = index === options.incidents - 1 ? options.events - eventNumber : perIncident;
      for (let event = 0; event < count; event++) {
        const time = iso(start + event * 9_000 + n(9_000));
        const level = pick(LEVELS);
        const message = `${level === "INFO" ? "" : `${level.toLowerCase()}: `}${pick(story)(p)}`;
        const moment = event % 25 === 5 ? pick(MOMENTS) : null;
        events.add([
          `bench-ev-${eventNumber++}`,
          id,
          time,
          main,
          level.toLowerCase(),
          message,
          moment,
          time,
          time,
        ]);
      }
    }
    for (const batch of [
      people,
      incidents,
      services,
      tags,
      participants,
      factors,
      lucky,
      actions,
      events,
    ]) {
      batch.flush();
    }
  })();
  database.pragma("foreign_keys = ON");
  const broken = database.pragma("foreign_key_check") as unknown[];
  if (broken.length > 0) throw new Error(`seeded rows with broken keys: ${broken.length}`);
  return { restricted, people: peopleIds.length };
}
