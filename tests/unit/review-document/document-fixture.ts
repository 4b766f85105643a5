// A small review document with hostile text in every field a person writes, for the
// renderer tests.
import type { ReviewDocument } from "@/lib/review-document/review-document";

export const SCRIPT = "<script>alert(1)</script>";

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

export function reviewDocument(overrides: Partial<ReviewDocument> = {}): ReviewDocument {
  return {
    reference: "INC-7",
    title: `Ledger pool exhausted ${SCRIPT}`,
    severity: "SEV2",
    severityLabel: "SEV2 · major",
    status: "published",
    statusLabel: "Published",
    isRestricted: false,
    zone: { zone: "UTC", label: "UTC" },
    generatedAt: "2026-03-20T10:00:00.000Z",
    milestones: [
      { key: "startedAt", label: "Started", at: "2026-03-14T09:10:00.000Z" },
      { key: "detectedAt", label: "Detected", at: "2026-03-14T09:13:00.000Z" },
      { key: "mitigatedAt", label: "Mitigated", at: "2026-03-14T09:31:00.000Z" },
      { key: "resolvedAt", label: "Resolved", at: null },
    ],
    services: ["payments-api", `svc ${SCRIPT}`],
    tags: ["pool"],
    participants: [{ name: `Bob ${SCRIPT}`, roleLabel: "Participant" }],
    summary: `The pool shrank.\n\nSecond paragraph ${SCRIPT}`,
    impact: "A third of checkouts failed | for 21 minutes",
    narrative: {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "What we saw" }] },
        paragraph(`Narrative text ${SCRIPT}`),
        {
          type: "bulletList",
          content: [{ type: "listItem", content: [paragraph("A listed point")] }],
        },
      ],
    },
    keyMoments: [
      {
        at: "2026-03-14T09:13:00.000Z",
        kind: "detection",
        label: "Detection",
        service: "alertmanager",
        message: `Alert fired ${SCRIPT}`,
        note: "First | page",
      },
    ],
    chart: null,
    contributingFactors: [`Flag changes skip load tests ${SCRIPT}`],
    luckyNotes: ["It was a Saturday"],
    notes: [
      {
        id: "n1",
        authorName: "Priya",
        subjectName: "Priya",
        kind: "own",
        restriction: "",
        anchorTime: "2026-03-14T09:13:00.000Z",
        anchorEventMessage: `Alert ${SCRIPT}`,
        learnedLater: false,
        sections: [
          {
            key: "noticed",
            label: "What I noticed",
            doc: { type: "doc", content: [paragraph(`Note ${SCRIPT}`)] },
          },
        ],
      },
    ],
    divergence: {
      diagrams: ["Alice: When I was paged"],
      hasObserved: true,
      hiddenDependencies: [{ from: "payments-api", to: "flagd", calls: 3 }],
      hiddenComponents: [],
      unobservedEdges: [],
      onlySome: [],
      directionDisagreements: [],
    },
    actionItems: [
      {
        title: `Add a retry budget ${SCRIPT}`,
        ownerName: "Dana",
        dueDate: "2026-04-01",
        status: "open",
        statusLabel: "Open",
        trackerUrl: "https://tracker.example/T-1",
      },
    ],
    meetings: [],
    appendix: null,
    ...overrides,
  };
}
