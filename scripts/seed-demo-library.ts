// Earlier incidents for `npm run demo`: six short reviews from the months before the main
// one, so Insights has something to show (trends over a year, themes that recur: retries,
// feature flags, connection pools, dashboards) and the main incident has similar ones.
// Added once each, by title; `--reset` removes them with the main incident.
import { db } from "../lib/db";
import { createIncident } from "../lib/incidents/create-incident";
import type { IncidentInput } from "../lib/incidents/schema";
import { createManualEvent } from "../lib/timeline/create-manual-event";

type Person = { id: string; email: string; name: string; role: "admin" | "member" | "viewer" };

interface EarlierIncident {
  title: string;
  severity: IncidentInput["severity"];
  times: [started: string, detected: string, mitigated: string, resolved: string];
  services: string[];
  tags: string[];
  summary: string;
  factors: string[];
  lucky: string[];
  actions: { title: string; status: "open" | "in_progress" | "done" }[];
  surprise?: { time: string; service: string; message: string; note: string };
}

export const EARLIER_INCIDENTS: readonly EarlierIncident[] = [
  {
    title: "Search latency after the cache TTL change",
    severity: "SEV3",
    times: ["2025-11-06T14:02", "2025-11-06T14:20", "2025-11-06T14:41", "2025-11-06T15:05"],
    services: ["search-api", "redis-cache"],
    tags: ["config-change", "cache"],
    summary:
      "A shorter cache TTL made entries expire together; search latency tripled for 40 minutes.",
    factors: [
      "The TTL change shipped as a config change, which skips the load-test stage.",
      "Cache entries expired together, so every request went to the database at once.",
      "Dashboards showed the cache hit rate on a separate board from search latency.",
    ],
    lucky: ["The change author was online and recognised the latency graph."],
    actions: [{ title: "Add jitter to cache expiry", status: "done" }],
  },
  {
    title: "Card payments retried after gateway timeouts",
    severity: "SEV2",
    times: ["2025-12-12T21:15", "2025-12-12T21:19", "2025-12-12T21:52", "2025-12-12T22:30"],
    services: ["payments-api", "card-processor", "checkout-web"],
    tags: ["retries"],
    summary:
      "Gateway timeouts made checkout-web retry card payments; some customers saw two holds.",
    factors: [
      "checkout-web retried timed-out payment calls with no retry budget, doubling load on the gateway.",
      "The gateway timeout was shorter than the card processor's own timeout.",
    ],
    lucky: ["It happened on a Sunday night, at a fraction of weekday checkout volume."],
    actions: [
      { title: "Send idempotency keys on every payment retry", status: "done" },
      { title: "Add a retry budget to the payments client", status: "open" },
    ],
    surprise: {
      time: "2025-12-12T21:40:00Z",
      service: "payments-api",
      message: "Retries carried no idempotency key",
      note: "Everyone assumed retries were idempotent; the client dropped the key on retries.",
    },
  },
  {
    title: "Ledger connection pool exhausted by the nightly batch",
    severity: "SEV3",
    times: ["2026-01-22T02:10", "2026-01-22T02:48", "2026-01-22T03:05", "2026-01-22T03:30"],
    services: ["ledger-db", "reporting", "payments-api"],
    tags: ["database", "connection-pool"],
    summary:
      "The nightly report held most ledger-db connections; payments-api queued and timed out.",
    factors: [
      "The nightly batch took most of the ledger-db connection pool, so payments-api requests waited for a connection.",
      "Replica lag alerts went to a channel nobody watched at night.",
    ],
    lucky: ["The batch finished before the morning checkout peak."],
    actions: [{ title: "Give the batch its own connection pool", status: "in_progress" }],
  },
  {
    title: "Feature flag enabled a slow query path for every tenant",
    severity: "SEV2",
    times: ["2026-05-08T10:00", "2026-05-08T10:06", "2026-05-08T10:25", "2026-05-08T11:10"],
    services: ["flagd", "orders-api"],
    tags: ["feature-flag", "config-change"],
    summary: "A flag meant for one tenant reached all of them; order pages slowed to 8 seconds.",
    factors: [
      "The feature flag was enabled for every tenant at once instead of a staged rollout.",
      "Flag changes do not go through the load-test stage that deploys do.",
    ],
    lucky: ["The on-call engineer had seen the flag change in the team channel."],
    actions: [{ title: "Stage flag rollouts by tenant", status: "done" }],
    surprise: {
      time: "2026-05-08T10:12:00Z",
      service: "flagd",
      message: "The flag change reached every region within seconds",
      note: "The flag service applied the change to all regions at once; we expected region by region.",
    },
  },
  {
    title: "Liveness probe restarted pods during a database failover",
    severity: "SEV2",
    times: ["2026-08-19T08:30", "2026-08-19T08:33", "2026-08-19T08:51", "2026-08-19T09:20"],
    services: ["payments-api", "ledger-db"],
    tags: ["kubernetes", "failover"],
    summary:
      "A planned ledger-db failover made the liveness probe restart healthy payments-api pods.",
    factors: [
      "The liveness probe includes the database check, so a database failover restarted healthy pods.",
      "Restarts removed capacity while the remaining pods retried.",
    ],
    lucky: ["A second region absorbed most of the traffic."],
    actions: [{ title: "Move the database check to the readiness probe", status: "done" }],
  },
  {
    title: "Login errors after a certificate rotation",
    severity: "SEV4",
    times: ["2026-10-03T09:00", "2026-10-03T09:45", "2026-10-03T10:05", "2026-10-03T10:20"],
    services: ["auth-service"],
    tags: ["certificates"],
    summary:
      "A rotated certificate missed an intermediate; older mobile clients could not sign in.",
    factors: ["The rotated certificate missed an intermediate, and only older clients failed."],
    lucky: ["Support noticed the pattern in tickets within minutes."],
    actions: [{ title: "Check the chain in the rotation script", status: "open" }],
  },
];

export async function removeEarlierIncidents(): Promise<number> {
  const { count } = await db.incident.deleteMany({
    where: { title: { in: EARLIER_INCIDENTS.map((incident) => incident.title) } },
  });
  return count;
}

/** Adds the earlier incidents that are not there yet; returns how many it added. */
export async function seedEarlierIncidents(facilitator: Person, others: Person[]): Promise<number> {
  let added = 0;
  for (const [index, incident] of EARLIER_INCIDENTS.entries()) {
    if (await db.incident.findFirst({ where: { title: incident.title }, select: { id: true } })) {
      continue;
    }
    const [startedAt, detectedAt, mitigatedAt, resolvedAt] = incident.times;
    const owner = others[index % others.length] ?? null;
    const created = await createIncident(facilitator, {
      title: incident.title,
      severity: incident.severity,
      status: "published",
      visibility: "workspace",
      timeZone: "UTC",
      startedAt,
      detectedAt,
      mitigatedAt,
      resolvedAt,
      services: incident.services,
      tags: incident.tags,
      impact: "",
      summary: incident.summary,
      narrative: "",
      contributingFactors: incident.factors,
      luckyNotes: incident.lucky,
      actionItems: incident.actions.map((action) => ({
        title: action.title,
        ownerId: owner?.id ?? null,
        dueDate: "",
        status: action.status,
        trackerUrl: "",
      })),
      participants: [
        { userId: facilitator.id, role: "facilitator" },
        ...(owner ? [{ userId: owner.id, role: "participant" as const }] : []),
      ],
    });
    if (created.status !== "saved") {
      throw new Error(`Could not add "${incident.title}": ${JSON.stringify(created)}`);
    }
    if (incident.surprise) {
      const event = await createManualEvent(facilitator, created.reference, {
        values: {
          time: incident.surprise.time,
          message: incident.surprise.message,
          service: incident.surprise.service,
          level: "",
          keyMoment: "surprise",
          keyMomentNote: incident.surprise.note,
        },
      });
      if (event.status !== "saved") {
        throw new Error(`Could not mark the surprise of "${incident.title}"`);
      }
    }
    added += 1;
  }
  return added;
}
