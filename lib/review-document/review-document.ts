// The whole review as one plain, serialisable document: what the read view shows and what
// the Markdown, HTML and PDF exports render. Built by load-review-document.ts from what the
// caller may see, rendered by the pure renderers beside it. Instants are ISO text (UTC);
// renderers show them in `zone`, always labelled.
import type { JSONContent } from "@tiptap/core";

/** The zone times are shown in, and how to name it to readers ("UTC", "Europe/Paris"). */
export interface DocumentZone {
  zone: string;
  label: string;
}

export type MilestoneKey = "startedAt" | "detectedAt" | "mitigatedAt" | "resolvedAt";

export interface Milestone {
  key: MilestoneKey;
  label: string;
  at: string | null;
}

export interface KeyMoment {
  at: string;
  kind: string;
  label: string;
  service: string;
  message: string;
  note: string;
}

export interface DocumentNote {
  id: string;
  authorName: string;
  subjectName: string;
  kind: "own" | "interview";
  /** "" when shared with everyone on the incident, else who may read it. */
  restriction: string;
  anchorTime: string;
  anchorEventMessage: string | null;
  learnedLater: boolean;
  sections: { key: string; label: string; doc: JSONContent }[];
}

export interface DivergenceSummary {
  diagrams: string[];
  hasObserved: boolean;
  hiddenDependencies: { from: string; to: string; calls: number }[];
  hiddenComponents: { name: string; calls: number }[];
  unobservedEdges: { from: string; to: string; drawnBy: string[] }[];
  onlySome: { name: string; drawnBy: string[] }[];
  directionDisagreements: { a: string; b: string }[];
}

export interface DocumentActionItem {
  title: string;
  ownerName: string | null;
  dueDate: string | null;
  status: string;
  statusLabel: string;
  trackerUrl: string | null;
}

export interface MeetingRecord {
  startedAt: string;
  endedAt: string | null;
  leaderName: string;
  noteTakerName: string | null;
  attendees: string[];
  agenda: { title: string; minutes: number }[];
  notes: { authorName: string; text: string }[];
  captures: { kind: "question" | "surprise"; text: string; authorName: string; event: string }[];
  parking: { text: string; isConverted: boolean }[];
  followUp: { note: string; date: string | null };
}

/** One bucket of the evidence chart: counts of events starting at `at`. */
export interface ChartBucket {
  at: string;
  total: number;
  errors: number;
  byService: Record<string, number>;
  byLevel: Record<string, number>;
}

export interface EvidenceChart {
  bucketMinutes: number;
  buckets: ChartBucket[];
  /** The busiest services (the rest count as "other"), and the levels seen. */
  services: string[];
  levels: string[];
  keyMoments: { at: string; label: string }[];
  /** Events left out because the incident has more than the chart reads. */
  omitted: number;
}

export interface AppendixEvent {
  at: string;
  service: string;
  level: string;
  source: string;
  message: string;
  keyMoment: string;
}

export interface ReviewDocument {
  reference: string;
  title: string;
  severity: string;
  severityLabel: string;
  status: string;
  statusLabel: string;
  isRestricted: boolean;
  zone: DocumentZone;
  generatedAt: string;
  milestones: Milestone[];
  services: string[];
  tags: string[];
  participants: { name: string; roleLabel: string }[];
  summary: string;
  impact: string;
  /** Sanitised tiptap JSON; null when nothing is written. */
  narrative: JSONContent | null;
  keyMoments: KeyMoment[];
  chart: EvidenceChart | null;
  contributingFactors: string[];
  luckyNotes: string[];
  notes: DocumentNote[];
  divergence: DivergenceSummary | null;
  actionItems: DocumentActionItem[];
  meetings: MeetingRecord[];
  /** The full timeline, when asked for; `omitted` events past the cap are left out. */
  appendix: { events: AppendixEvent[]; omitted: number } | null;
}
