// Seeds one complete review through the app's own code, for the read-view test: an incident
// with every section (summary, narrative, key moments, factors, lucky notes, a shared note,
// a shared diagram, action items, an ended meeting) and a viewer to read it. Run as a child
// process on the e2e server's database; prints what it made as JSON.
import { randomUUID } from "node:crypto";

const { db } = await import("../../lib/db");
const { hashPassword } = await import("../../lib/auth/password");
const { createIncident } = await import("../../lib/incidents/create-incident");
const { createManualEvent } = await import("../../lib/timeline/create-manual-event");
const { createNote } = await import("../../lib/mental-models/notes/create-note");
const { createDiagram, saveDiagram } =
  await import("../../lib/mental-models/diagrams/change-diagram");
const { startMeeting } = await import("../../lib/meetings/start-meeting");
const { endMeeting } = await import("../../lib/meetings/run-meeting");
const { addMeetingNote } = await import("../../lib/meetings/capture-in-meeting");
const { emptyIncidentInput } = await import("../../lib/incidents/schema");

type Role = "admin" | "member" | "viewer";
const suffix = randomUUID().slice(0, 8);
const password = "long enough password";

async function person(name: string, role: Role) {
  const email = `${name.toLowerCase()}-${suffix}@e2e.test`;
  const user = await db.user.create({
    data: { email, name: `${name} ${suffix}`, role, passwordHash: await hashPassword(password) },
  });
  return { id: user.id, email, name: user.name, role };
}

function check(what: string, result: { status: string }, ok = "saved") {
  if (result.status !== ok) throw new Error(`${what}: ${JSON.stringify(result)}`);
}

const doc = (text: string) =>
  JSON.stringify({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });

const facilitator = await person("Fiona", "member");
const viewer = await person("Vic", "viewer");
const created = await createIncident(facilitator, {
  ...emptyIncidentInput("UTC"),
  title: `Read view review ${suffix}`,
  severity: "SEV2",
  status: "in_review",
  startedAt: "2026-03-14T09:10",
  detectedAt: "2026-03-14T09:13",
  mitigatedAt: "2026-03-14T09:31",
  resolvedAt: "2026-03-14T09:34",
  services: ["payments-api", "ledger-db"],
  tags: ["connection-pool"],
  summary: "The ledger pool shrank from 40 to 8 connections.",
  impact: "A third of checkouts failed for 21 minutes <script>alert(1)</script>",
  narrative: JSON.stringify({
    type: "doc",
    content: [
      {
        type: "heading",
        attrs: { level: 2 },
        content: [{ type: "text", text: "What people saw" }],
      },
      { type: "paragraph", content: [{ type: "text", text: "The latency alert fired first." }] },
    ],
  }),
  contributingFactors: ["Flag changes skip the load-test stage"],
  luckyNotes: ["The change author was online"],
  actionItems: [
    {
      title: "Add a retry budget to checkout-web",
      ownerId: facilitator.id,
      dueDate: "2026-04-01",
      status: "in_progress",
      trackerUrl: "",
    },
  ],
  participants: [
    { userId: facilitator.id, role: "facilitator" },
    { userId: viewer.id, role: "observer" },
  ],
});
check("create the incident", created);
const reference = (created as { reference: string }).reference;

const moments = [
  ["2026-03-14T09:10:05Z", "flag updated", "flagd", "decision", "The pool profile goes live"],
  [
    "2026-03-14T09:13:00Z",
    "PaymentsApiHighLatency fired",
    "alertmanager",
    "detection",
    "First page",
  ],
  ["2026-03-14T09:12:00Z", "pool timeout after 2000ms", "payments-api", null, ""],
] as const;
for (const [time, message, service, keyMoment, keyMomentNote] of moments) {
  const saved = await createManualEvent(facilitator, reference, {
    values: { time, message, service, keyMoment, keyMomentNote, level: keyMoment ? "" : "error" },
  });
  check("add an event", saved);
}

const note = await createNote(facilitator, reference, {
  kind: "own",
  subjectId: null,
  visibility: "incident",
  values: {
    anchorEventId: null,
    anchorTime: "2026-03-14T09:13",
    timeZone: "UTC",
    sections: {
      noticed: doc("The error-rate panel was still flat."),
      thought: "",
      did: "",
      unknown: "",
      surprised: "",
    },
    learnedLater: false,
  },
});
check("write a note", note);
const privateNote = await createNote(facilitator, reference, {
  kind: "own",
  subjectId: null,
  visibility: "private",
  values: {
    anchorEventId: null,
    anchorTime: "2026-03-14T09:20",
    timeZone: "UTC",
    sections: { noticed: doc("Kept to myself."), thought: "", did: "", unknown: "", surprised: "" },
    learnedLater: false,
  },
});
check("write a private note", privateNote);

const diagram = await createDiagram(facilitator, reference, {
  kind: "personal",
  title: "When I was paged",
  moment: "at 09:13",
  momentTime: null,
  start: {
    from: "mermaid",
    text: "graph LR\n  checkout-web --> payments-api\n  payments-api --> ledger-db\n",
  },
});
check("draw a diagram", diagram, "created");
const diagramId = (diagram as { diagramId: string }).diagramId;
const stored = await db.modelDiagram.findUniqueOrThrow({ where: { id: diagramId } });
check(
  "share the diagram",
  await saveDiagram(facilitator, reference, {
    diagramId,
    baseVersion: stored.version,
    title: stored.title,
    moment: stored.moment,
    momentTime: null,
    visibility: "incident",
    content: JSON.parse(stored.content) as unknown,
  }),
);

const { meetingId } = await startMeeting(facilitator, reference);
check(
  "note in the meeting",
  await addMeetingNote(facilitator, reference, meetingId, { text: "We walked the timeline." }),
);
check("end the meeting", await endMeeting(facilitator, reference, meetingId));

console.log(
  JSON.stringify({
    reference,
    title: `Read view review ${suffix}`,
    viewer: viewer.email,
    password,
  }),
);
await db.$disconnect();
