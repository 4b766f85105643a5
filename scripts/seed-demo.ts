// `npm run demo`: seeds one realistic incident (the payments-api / ledger pool incident of
// 14 March 2026) so a newcomer sees what a finished review looks like. Creates demo
// accounts when the workspace has none; safe to run more than once (adds a new copy).
import { randomBytes } from "node:crypto";
import { prepareDatabase } from "./prepare-database";

prepareDatabase();

const { db } = await import("../lib/db");
const { hashPassword } = await import("../lib/auth/password");
const { createIncident } = await import("../lib/incidents/create-incident");

const DEMO_PASSWORD = "debrief-demo-password";

function paragraph(text: string) {
  return { type: "paragraph", content: [{ type: "text", text }] };
}

async function ensureUser(
  email: string,
  name: string,
  role: "admin" | "member",
  password = randomBytes(18).toString("base64url"),
) {
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) return existing;
  return db.user.create({
    data: { email, name, role, passwordHash: await hashPassword(password) },
  });
}

const isEmpty = (await db.user.count()) === 0;
const facilitator = isEmpty
  ? await ensureUser("dana@debrief.local", "Dana Okafor", "admin", DEMO_PASSWORD)
  : await db.user.findFirstOrThrow({
      where: { role: "admin", isActive: true },
      orderBy: { createdAt: "asc" },
    });
const bob = await ensureUser("bob@debrief.local", "Bob Lindqvist", "member");
const priya = await ensureUser("priya@debrief.local", "Priya Raman", "member");
const alice = await ensureUser("alice@debrief.local", "Alice Moreau", "member");

const result = await createIncident(
  { id: facilitator.id, email: facilitator.email, name: facilitator.name, role: "admin" },
  {
    title: "Checkout failures after the ledger pool profile rollout",
    severity: "SEV2",
    status: "in_review",
    visibility: "workspace",
    timeZone: "UTC",
    startedAt: "2026-03-14T09:10",
    detectedAt: "2026-03-14T09:13",
    mitigatedAt: "2026-03-14T09:31",
    resolvedAt: "2026-03-14T09:34",
    services: ["payments-api", "ledger-db", "checkout-web", "payments-worker", "flagd"],
    tags: ["feature-flag", "connection-pool", "retries", "config-change"],
    impact:
      "For 21 minutes about a third of checkout attempts failed with HTTP 502/503/504; card captures in payments-worker timed out and were retried later. No payment was lost or taken twice.",
    summary:
      "Config rev 4812 (CHG-2291) added a Hikari pool profile to payments-api behind the flag payments-api.ledger-pool-tuning. When the rollout pipeline enabled the flag at 09:10:05, every pod shrank its ledger-db pool from 40 to 8 connections and cut the wait timeout from 30 s to 2 s. Transactions hold a connection for about 350 ms, so from 09:11:40 requests timed out waiting for a connection. checkout-web retries up to three times, roughly tripling the load. Alerts fired at 09:13; the liveness probe, which includes the database check, restarted pod x2k4q twice. At 09:24 Bob recognised the change as his; the flag was flipped back at 09:31:00 and pools returned to 40 within seconds.",
    narrative: JSON.stringify({
      type: "doc",
      content: [
        {
          type: "heading",
          attrs: { level: 2 },
          content: [{ type: "text", text: "What people saw" }],
        },
        paragraph(
          "At 09:13 the checkout error-rate alert fired. Priya, on call, opened the payments-api dashboard: latency was flat for most calls but a growing share of requests failed after exactly two seconds. The flag change at 09:10 was listed in the flag service's own audit log, which is not on the payments dashboards.",
        ),
        paragraph(
          "The two-second failures looked like a network timeout between checkout-web and payments-api, which had happened twice that quarter. Following that earlier experience, Priya checked the service mesh first. What made the pool exhaustion hard to see was that the pool metrics sat on a separate dashboard, and the retries made the mesh look overloaded.",
        ),
        {
          type: "heading",
          attrs: { level: 2 },
          content: [{ type: "text", text: "How it was recognised" }],
        },
        paragraph(
          "At 09:24 Bob read the connection timeout messages quoted in the incident channel and recognised the pool profile from his change CHG-2291. He flipped the flag back at 09:31:00; pools returned to 40 connections within two seconds and the breakers closed from 09:31:14.",
        ),
      ],
    }),
    contributingFactors: [
      "The pool profile shipped behind a feature flag, and flag changes do not go through the load-test stage that config deploys do.",
      "Pool size and wait timeout changed together, so the pool saturated and requests failed fast instead of queueing.",
      "checkout-web retried every failed call up to three times with no budget, tripling load on a saturated pool.",
      "The liveness probe includes the database check, so a slow database restarted healthy pods and removed capacity.",
      "Dashboards showed the flag change in a separate tool from the connection-pool metrics, so the link took 14 minutes to see.",
    ],
    luckyNotes: [
      "The change author was online and recognised the symptom in the incident channel.",
      "It happened on a Saturday morning, at a fraction of weekday checkout volume.",
    ],
    actionItems: [
      {
        title: "Route pool-profile flag changes through the load-test stage",
        ownerId: bob.id,
        dueDate: "2026-04-03",
        status: "in_progress",
        trackerUrl: "",
      },
      {
        title: "Add a retry budget to checkout-web's payments client",
        ownerId: priya.id,
        dueDate: "2026-04-10",
        status: "open",
        trackerUrl: "",
      },
      {
        title: "Take the database check out of the liveness probe (keep it in readiness)",
        ownerId: alice.id,
        dueDate: "2026-03-27",
        status: "done",
        trackerUrl: "",
      },
      {
        title: "Show flag changes as annotations on the service dashboards",
        ownerId: null,
        dueDate: "",
        status: "open",
        trackerUrl: "",
      },
    ],
    participants: [
      { userId: facilitator.id, role: "facilitator" },
      { userId: bob.id, role: "participant" },
      { userId: priya.id, role: "participant" },
      { userId: alice.id, role: "participant" },
    ],
  },
);

if (result.status !== "saved") {
  console.error("Could not seed the demo incident:", JSON.stringify(result, null, 2));
  process.exit(1);
}
console.log(
  `Seeded ${result.reference}: the payments-api / ledger pool incident of 14 March 2026.`,
);
if (isEmpty)
  console.log(
    `Sign in as dana@debrief.local with the password "${DEMO_PASSWORD}" (the workspace admin).`,
  );
await db.$disconnect();
