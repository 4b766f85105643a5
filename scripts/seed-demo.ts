// `npm run demo`: seeds a complete review of the payments-api / ledger pool incident of
// 14 March 2026 through the app's own code paths, so a newcomer sees every part of Debrief
// with content: the evidence of all the sample formats on the timeline (traces, skew, the
// service graph, triangulation), key moments with notes, a narrative with language prompts
// (one dismissed with a reason), factors, lucky notes, action items and people with roles.
//
// Running it again adds nothing; `npm run demo -- --reset` removes the demo incident and
// seeds it afresh. It works while the server runs (the database waits for its turn).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-database";

const args = new Set(process.argv.slice(2));
if (args.has("--help")) {
  console.log("Usage: npm run demo [-- --reset]\n  --reset  remove the demo incident first");
  process.exit(0);
}
for (const arg of args) {
  if (arg !== "--reset") {
    console.error(`Unknown option ${arg}. Usage: npm run demo [-- --reset]`);
    process.exit(2);
  }
}

prepareDatabase();

const { db } = await import("../lib/db");
const { hashPassword } = await import("../lib/auth/password");
const { createIncident } = await import("../lib/incidents/create-incident");
const { importEvidence } = await import("../lib/evidence/import-evidence");
const { updateTimelineEvent } = await import("../lib/timeline/update-timeline-event");
const { dismissFinding } = await import("../lib/language-review/dismissals");
const { createNote } = await import("../lib/mental-models/notes/create-note");
const { createDiagram, saveDiagram } = await import("../lib/mental-models/diagrams/change-diagram");
const { addComponentAlias } = await import("../lib/mental-models/component-aliases");
const { buildReadinessReport, reviewTextsOf } = await import("../lib/language-review/readiness");
const { formatIncidentReference, parseIncidentReference } =
  await import("../lib/access/incident-reference");
const { removeEarlierIncidents, seedEarlierIncidents } = await import("./seed-demo-library");
const { seedDemoComments, seedDemoMeeting } = await import("./seed-demo-review");
type IncidentInput = import("../lib/incidents/schema").IncidentInput;

type WorkspaceRole = "admin" | "member" | "viewer";
type SessionUser = { id: string; email: string; name: string; role: WorkspaceRole };

const DEMO_PASSWORD = "debrief-demo-password";
const TITLE = "Checkout failures after the ledger pool profile rollout";
const EVIDENCE = path.resolve(import.meta.dirname, "..", "demo", "evidence");
const MODELS = path.resolve(import.meta.dirname, "..", "demo", "models");
// When kubectl ran: the relative ages in k8s-events.txt count back from here.
const REFERENCE_TIME = "2026-03-14T09:40:00Z";
// Hosts that log local time without saying so (see demo/evidence/README.md).
const ZONES: Record<string, string> = {
  "apache-error.log": "Europe/Paris",
  "slack.txt": "Europe/London",
};
// Sources whose lines name no service take one, as a person would set in the preview.
const SERVICES: Record<string, string> = {
  "nginx-combined.log": "par-edge-01",
  "apache-error.log": "par-legacy-01",
  "logback-java.log": "payments-api",
  "python-logging.log": "payments-worker",
  "klog.log": "kubelet",
  "cri.log": "istio-proxy",
  "plain-iso.log": "config-rollout",
  "slack.txt": "#inc-checkout",
};

function paragraph(text: string) {
  return { type: "paragraph", content: [{ type: "text", text }] };
}

const isEmptyWorkspace = (await db.user.count()) === 0;
const passwords = new Map<string, string>();

async function ensureUser(email: string, name: string, role: WorkspaceRole): Promise<SessionUser> {
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) {
    return {
      id: existing.id,
      email: existing.email,
      name: existing.name,
      role: existing.role as WorkspaceRole,
    };
  }
  // A demo-only workspace gets one memorable password; accounts added to a real workspace
  // get their own random ones, printed once below.
  const password = isEmptyWorkspace ? DEMO_PASSWORD : randomBytes(12).toString("base64url");
  const user = await db.user.create({
    data: { email, name, role, passwordHash: await hashPassword(password) },
  });
  passwords.set(email, password);
  return { id: user.id, email: user.email, name: user.name, role };
}

// The workspace's first account becomes its admin, as in the app; in a workspace that has
// people already, the demo people are members and a viewer.
const dana = await ensureUser(
  "dana@debrief.local",
  "Dana Okafor",
  isEmptyWorkspace ? "admin" : "member",
);
const bob = await ensureUser("bob@debrief.local", "Bob Lindqvist", "member");
const priya = await ensureUser("priya@debrief.local", "Priya Raman", "member");
const alice = await ensureUser("alice@debrief.local", "Alice Moreau", "member");
const vera = await ensureUser("vera@debrief.local", "Vera Nilsson", "viewer");
const people = [
  [dana, "facilitator"],
  [bob, "participant"],
  [priya, "participant"],
  [alice, "participant"],
  [vera, "observer"],
] as const;

const existing = (
  await db.incident.findMany({ where: { title: TITLE }, select: { id: true, number: true } })
).map((incident) => ({ id: incident.id, reference: formatIncidentReference(incident.number) }));
if (existing.length > 0 && args.has("--reset")) {
  // Cascades take its events, sources, spans, dismissals and history with it.
  await db.incident.deleteMany({ where: { id: { in: existing.map((incident) => incident.id) } } });
  const earlier = await removeEarlierIncidents();
  console.log(
    `Removed ${existing.map((incident) => incident.reference).join(", ")} and ${earlier} earlier incidents.`,
  );
} else if (existing.length > 0) {
  console.log(
    `The demo incident is already here (${existing.map((incident) => incident.reference).join(", ")}); nothing added. ` +
      "Run `npm run demo -- --reset` to seed it afresh.",
  );
  // A workspace seeded before the earlier incidents existed gets them now.
  await addEarlierIncidents();
  printSignIn();
  await db.$disconnect();
  process.exit(0);
}

const values: IncidentInput = {
  title: "Checkout failures after the ledger pool profile rollout",
  severity: "SEV2",
  status: "in_review",
  visibility: "workspace",
  timeZone: "UTC",
  // The payments team works from Paris: "the incident's zone" shows times as they lived them.
  incidentTimeZone: "Europe/Paris",
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
      {
        type: "heading",
        attrs: { level: 2 },
        content: [{ type: "text", text: "Still to discuss in the review" }],
      },
      paragraph(
        'At 09:20 someone wrote in the channel: "this is just human error on the flag, roll it back", and that framing stuck for a while.',
      ),
      paragraph("Looking back, Priya should have checked the pool dashboard before the mesh."),
      paragraph("The root cause was the pool profile in Bob's change."),
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
  participants: people.map(([person, role]) => ({ userId: person.id, role })),
};

const created = await createIncident(dana, values);
if (created.status !== "saved") fail("create the incident", created);
const reference = created.reference;
const { id: incidentId } = await db.incident.findUniqueOrThrow({
  where: { number: parseIncidentReference(reference) ?? 0 },
  select: { id: true },
});

// The evidence: every sample paste, read with the zones and the reference time it needs.
const files = fs
  .readdirSync(EVIDENCE)
  .filter((file) => !file.endsWith(".md"))
  .sort();
const imported = await importEvidence(dana, reference, {
  sources: files.map((name) => ({
    name,
    text: fs.readFileSync(path.join(EVIDENCE, name), "utf8"),
    options: {
      zone: ZONES[name] ?? "UTC",
      reference: REFERENCE_TIME,
      ...(SERVICES[name] ? { service: SERVICES[name] } : {}),
    },
  })),
});

// Key moments, found by what the evidence says rather than by position.
const KEY_MOMENTS = [
  {
    match: "flag updated",
    service: "flagd",
    kind: "decision",
    note: "The rollout pipeline enables the pool-profile flag; nothing on the payments dashboards shows it.",
  },
  {
    match: "[FIRING:1] PaymentsApiHighLatency",
    kind: "detection",
    note: "The first page. The latency alert fires before the error-rate alert.",
  },
  {
    match: "Got paged for PaymentsApiHighLatency",
    kind: "communication",
    note: "Priya opens the incident channel; the mesh looks like the likely suspect.",
  },
  {
    match: "that might be mine",
    kind: "diagnosis",
    note: "Bob links the symptoms to CHG-2291 after reading the pool timeouts quoted in the channel.",
  },
  {
    match: "flag updated",
    service: "flagd",
    last: true,
    kind: "repair",
    note: "The flag is flipped back; pools return to 40 connections within two seconds.",
  },
] as const;
let keyMoments = 0;
for (const moment of KEY_MOMENTS) {
  const event = await db.timelineEvent.findFirst({
    where: {
      incidentId,
      message: { contains: moment.match },
      ...("service" in moment ? { service: moment.service } : {}),
    },
    orderBy: { time: "last" in moment ? "desc" : "asc" },
  });
  if (!event) {
    console.warn(`No event matched "${moment.match}"; that key moment is left out.`);
    continue;
  }
  const saved = await updateTimelineEvent(dana, reference, {
    eventId: event.id,
    baseVersion: event.version,
    values: {
      time: event.time.toISOString(),
      message: event.message,
      service: event.service ?? "",
      keyMoment: moment.kind,
      keyMomentNote: moment.note,
    },
  });
  if (saved.status !== "saved") fail(`mark "${moment.match}" as a key moment`, saved);
  keyMoments += 1;
}

// One of the narrative's language prompts is dismissed with a reason, as a reviewer would.
const report = buildReadinessReport(reviewTextsOf(values), new Set());
const quoted = report.findings.find((finding) =>
  finding.excerpt.toLowerCase().includes("human error"),
);
if (quoted) {
  await dismissFinding(dana, reference, {
    fingerprint: quoted.fingerprint,
    ruleId: quoted.ruleId,
    excerpt: quoted.excerpt,
    reason: "Quoted from the incident channel as it was written at the time.",
  });
}

// "What I knew then": two participants' notes at their moments, shared with the incident,
// one of Bob's kept private, and the facilitator's unconfirmed interview with Alice.
const paragraphs = (text: string) =>
  JSON.stringify({
    type: "doc",
    content: text.split("\n").map((line) => ({
      type: "paragraph",
      content: [{ type: "text", text: line }],
    })),
  });
const DEMO_NOTES = [
  {
    author: priya,
    match: "[FIRING:1] PaymentsApiHighLatency",
    visibility: "incident",
    sections: {
      noticed: "The latency alert paged me; the error-rate panel was still flat.",
      thought: "A noisy mesh sidecar again: we had two of those the week before.",
      did: "Opened the incident channel and restarted one payments-api pod, which is the runbook's first step for latency.",
      surprised: "The restarted pod was slow again within a minute.",
    },
  },
  {
    author: bob,
    match: "that might be mine",
    visibility: "incident",
    sections: {
      noticed: "Pool timeouts quoted in the channel, with the pool size of 8.",
      thought:
        "CHG-2291 had changed the pool profile behind a flag that was meant to be off in production.",
      unknown:
        "That the rollout pipeline had already enabled the flag for every payments-api instance.",
    },
  },
  {
    author: bob,
    match: "that might be mine",
    visibility: "private",
    sections: {
      thought: "I was worried this would land on me before anyone looked at the pipeline.",
    },
  },
] as const;
let notes = 0;
for (const note of DEMO_NOTES) {
  const event = await db.timelineEvent.findFirst({
    where: { incidentId, message: { contains: note.match } },
    orderBy: { time: "asc" },
    select: { id: true },
  });
  if (!event) continue;
  const sections = { noticed: "", thought: "", did: "", unknown: "", surprised: "" };
  for (const [key, text] of Object.entries(note.sections)) {
    sections[key as keyof typeof sections] = paragraphs(text);
  }
  const saved = await createNote(note.author, reference, {
    kind: "own",
    subjectId: null,
    visibility: note.visibility,
    values: {
      anchorEventId: event.id,
      anchorTime: "",
      timeZone: "UTC",
      sections,
      learnedLater: false,
    },
  });
  if (saved.status !== "saved") fail("write a demo note", saved);
  notes += 1;
}
const interview = await createNote(dana, reference, {
  kind: "interview",
  subjectId: alice.id,
  visibility: "private",
  values: {
    anchorEventId: null,
    anchorTime: "2026-03-14T09:30",
    timeZone: "UTC",
    sections: {
      noticed: "",
      thought: paragraphs("Alice read the 503s at checkout as a payments outage, not as slowness."),
      did: "",
      unknown: "",
      surprised: paragraphs(
        "That the edge and legacy hosts logged local time without saying which zone.",
      ),
    },
    learnedLater: false,
  },
});
if (interview.status !== "saved") fail("write the demo interview note", interview);
notes += 1;

// "The system as I understood it": Alice's and Bob's diagrams (Bob's before and after),
// shared with the incident, and the facilitator's alias that joins their database names.
const DEMO_DIAGRAMS = [
  { author: alice, file: "alice-ledger-db.mmd", title: "When I was paged", moment: "at 09:13" },
  {
    author: bob,
    file: "bob-payments-api.mmd",
    title: "When I saw it was my change",
    moment: "at 09:24",
  },
  { author: bob, file: "bob-after.mmd", title: "After the review", moment: "a week later" },
] as const;
let diagrams = 0;
for (const diagram of DEMO_DIAGRAMS) {
  const existing = await db.modelDiagram.findFirst({
    where: { incidentId, authorId: diagram.author.id, title: diagram.title, deletedAt: null },
  });
  if (existing) {
    diagrams += 1;
    continue;
  }
  const text = fs.readFileSync(path.join(MODELS, diagram.file), "utf8");
  const created = await createDiagram(diagram.author, reference, {
    kind: "personal",
    title: diagram.title,
    moment: diagram.moment,
    momentTime: null,
    start: { from: "mermaid", text },
  });
  if (created.status !== "created") fail("draw a demo diagram", created);
  const stored = await db.modelDiagram.findUniqueOrThrow({ where: { id: created.diagramId } });
  const shared = await saveDiagram(diagram.author, reference, {
    diagramId: created.diagramId,
    baseVersion: stored.version,
    title: diagram.title,
    moment: diagram.moment,
    momentTime: null,
    visibility: "incident",
    content: JSON.parse(stored.content),
  });
  if (shared.status !== "saved") fail("share a demo diagram", shared);
  diagrams += 1;
}
const alias = await addComponentAlias(dana, reference, {
  name: "Ledger DB primary",
  target: "ledger-db",
});
if (alias.status !== "saved") fail("set the demo alias", alias);

// The conversation around the review and the review meeting itself, with its record.
const reviewPeople = { facilitator: dana, noteTaker: priya, others: [bob, alice] };
const threads = await seedDemoComments(reference, incidentId, reviewPeople);
await seedDemoMeeting(reference, incidentId, reviewPeople);

console.log(`Seeded ${reference}: ${TITLE} (14 March 2026).`);
console.log(
  `  ${imported.events} timeline events and ${imported.spans} trace spans from ${files.length} sources, ` +
    `${keyMoments} key moments, ${report.findings.length} language prompts (${quoted ? 1 : 0} dismissed with a reason), ` +
    `${notes} participant notes, ${diagrams} diagrams, ${threads} comment threads and a review meeting's record.`,
);
await addEarlierIncidents();
printSignIn();
await db.$disconnect();

function printSignIn() {
  console.log("\nPeople (sign in at http://localhost:3000/sign-in):");
  for (const [person, incidentRole] of people) {
    const password = passwords.get(person.email) ?? "(existing account: password unchanged)";
    console.log(
      `  ${person.email.padEnd(22)} ${person.role.padEnd(7)} ${incidentRole.padEnd(12)} ${password}`,
    );
  }
  if (passwords.size > 0 && !isEmptyWorkspace) {
    console.log("These passwords are shown only now; an admin can reset them on the People page.");
  }
}

// Six short earlier reviews, so Insights shows trends and themes (scripts/seed-demo-library.ts).
async function addEarlierIncidents() {
  const added = await seedEarlierIncidents(dana, [bob, priya, alice]);
  if (added > 0)
    console.log(`  Added ${added} earlier incidents (Nov 2025 – Oct 2026) for Insights.`);
}

function fail(step: string, result: unknown): never {
  console.error(`Could not ${step}:`, JSON.stringify(result, null, 2));
  process.exit(1);
}
