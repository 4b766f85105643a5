// Everything of one review that the caller may see, gathered into one plain ReviewDocument
// for the read view and the exports. The incident goes through the access gate (a 404 for
// what the caller may not see); notes and diagrams follow the mental-model visibility rule
// in their queries; the divergence summary comes from the compare engine over the diagrams
// the caller may see; the meeting record is the ended meetings'.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { KEY_MOMENT_LABELS, type KeyMomentKind } from "@/lib/evidence/evidence-input";
import { formatIncidentReference } from "@/lib/access/incident-reference";
import {
  ACTION_ITEM_STATUS_LABELS,
  PARTICIPANT_ROLE_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
  type ActionItemStatus,
  type IncidentStatus,
  type ParticipantRole,
  type Severity,
} from "@/lib/incidents/schema";
import { loadMeetingView } from "@/lib/meetings/meeting-view";
import { getModelComparison } from "@/lib/mental-models/model-comparison";
import { modelViewerFor } from "@/lib/mental-models/model-viewer";
import { listVisibleNotes } from "@/lib/mental-models/notes/list-notes";
import {
  NOTE_SECTION_KEYS,
  NOTE_SECTION_LABELS,
  parseNoteSection,
} from "@/lib/mental-models/notes/note-sections";
import type { NoteView } from "@/lib/mental-models/notes/note-view";
import { buildEvidenceChart } from "@/lib/review-document/evidence-chart";
import type {
  AppendixEvent,
  DivergenceSummary,
  DocumentNote,
  DocumentZone,
  KeyMoment,
  MeetingRecord,
  ReviewDocument,
} from "@/lib/review-document/review-document";
import { isEmptyNarrative, parseNarrative } from "@/lib/rich-text/narrative";
import { listExportPage, type ExportCursor } from "@/lib/timeline/list-export-rows";

// The chart reads at most this many events; the appendix lists at most this many.
const CHART_EVENT_LIMIT = 100_000;
export const APPENDIX_EVENT_LIMIT = 5_000;

const MILESTONE_LABELS = {
  startedAt: "Started",
  detectedAt: "Detected",
  mitigatedAt: "Mitigated",
  resolvedAt: "Resolved",
} as const;

export async function loadReviewDocument(
  user: SessionUser,
  reference: string,
  options: { zone: DocumentZone; withAppendix?: boolean },
): Promise<ReviewDocument> {
  // Check the caller may see this incident.
  const incidentId = await findVisibleIncidentId(user, reference);
  const incident = await db.incident.findUniqueOrThrow({
    where: { id: incidentId },
    include: {
      services: { orderBy: { name: "asc" } },
      tags: { orderBy: { name: "asc" } },
      contributingFactors: { orderBy: { position: "asc" } },
      luckyNotes: { orderBy: { position: "asc" } },
      actionItems: { orderBy: { position: "asc" }, include: { owner: { select: { name: true } } } },
      participants: {
        orderBy: { createdAt: "asc" },
        include: { user: { select: { name: true } } },
      },
    },
  });
  const canonical = formatIncidentReference(incident.number);
  const keyMoments = await listKeyMoments(incidentId);
  const [chart, notes, divergence, meetings, appendix] = await Promise.all([
    loadChart(incidentId, keyMoments),
    loadNotes(user, incidentId),
    loadDivergence(user, canonical),
    loadMeetings(incidentId, user.id),
    options.withAppendix ? loadAppendix(incidentId) : Promise.resolve(null),
  ]);
  return {
    reference: canonical,
    title: incident.title,
    severity: incident.severity,
    severityLabel: SEVERITY_LABELS[incident.severity as Severity] ?? incident.severity,
    status: incident.status,
    statusLabel: STATUS_LABELS[incident.status as IncidentStatus] ?? incident.status,
    isRestricted: incident.visibility === "restricted",
    zone: options.zone,
    generatedAt: new Date().toISOString(),
    milestones: (["startedAt", "detectedAt", "mitigatedAt", "resolvedAt"] as const).map((key) => ({
      key,
      label: MILESTONE_LABELS[key],
      at: incident[key]?.toISOString() ?? null,
    })),
    services: incident.services.map((service) => service.name),
    tags: incident.tags.map((tag) => tag.name),
    participants: incident.participants.map((participant) => ({
      name: participant.user.name,
      roleLabel: PARTICIPANT_ROLE_LABELS[participant.role as ParticipantRole] ?? participant.role,
    })),
    summary: incident.summary,
    impact: incident.impact,
    narrative: isEmptyNarrative(incident.narrative) ? null : parseNarrative(incident.narrative),
    keyMoments,
    chart,
    contributingFactors: incident.contributingFactors
      .map((factor) => factor.text)
      .filter((text) => text.trim()),
    luckyNotes: incident.luckyNotes.map((note) => note.text).filter((text) => text.trim()),
    notes,
    divergence,
    actionItems: incident.actionItems.map((item) => ({
      title: item.title,
      ownerName: item.owner?.name ?? null,
      dueDate: item.dueDate?.toISOString().slice(0, 10) ?? null,
      status: item.status,
      statusLabel: ACTION_ITEM_STATUS_LABELS[item.status as ActionItemStatus] ?? item.status,
      trackerUrl: item.trackerUrl || null,
    })),
    meetings,
    appendix,
  };
}

async function listKeyMoments(incidentId: string): Promise<KeyMoment[]> {
  const events = await db.timelineEvent.findMany({
    where: { incidentId, deletedAt: null, isHidden: false, keyMoment: { not: null } },
    orderBy: [{ time: "asc" }, { id: "asc" }],
    take: 500,
    select: { time: true, keyMoment: true, keyMomentNote: true, service: true, message: true },
  });
  return events.map((event) => ({
    at: event.time.toISOString(),
    kind: event.keyMoment ?? "",
    label: KEY_MOMENT_LABELS[event.keyMoment as KeyMomentKind] ?? event.keyMoment ?? "",
    service: event.service ?? "",
    message: event.message,
    note: event.keyMomentNote,
  }));
}

async function loadChart(incidentId: string, keyMoments: KeyMoment[]) {
  const where = { incidentId, deletedAt: null, isHidden: false };
  const [events, total] = await Promise.all([
    db.timelineEvent.findMany({
      where,
      orderBy: [{ time: "asc" }, { id: "asc" }],
      take: CHART_EVENT_LIMIT,
      select: { time: true, service: true, level: true },
    }),
    db.timelineEvent.count({ where }),
  ]);
  return buildEvidenceChart(
    events.map((event) => ({ at: event.time, service: event.service, level: event.level })),
    keyMoments,
    Math.max(0, total - events.length),
  );
}

async function loadNotes(user: SessionUser, incidentId: string): Promise<DocumentNote[]> {
  const viewer = await modelViewerFor(user, incidentId);
  const notes = await listVisibleNotes(incidentId, viewer);
  return notes.map((note) => ({
    id: note.id,
    authorName: note.authorName,
    subjectName: note.subjectName,
    kind: note.kind,
    restriction: restrictionOf(note),
    anchorTime: note.anchorTime,
    anchorEventMessage: note.anchorEventMessage,
    learnedLater: note.learnedLater,
    sections: NOTE_SECTION_KEYS.filter((key) => note.sections[key]).map((key) => ({
      key,
      label: NOTE_SECTION_LABELS[key],
      doc: parseNoteSection(note.sections[key]),
    })),
  }));
}

// Said plainly when the caller reads a note that is not shared with everyone.
function restrictionOf(note: NoteView): string {
  if (note.kind === "interview" && note.calibratedAt === null)
    return "the interviewer and the participant (not yet confirmed)";
  if (note.visibility === "incident") return "";
  if (note.visibility === "facilitators") return "the author and the facilitators";
  return note.kind === "interview"
    ? "the interviewer and the participant"
    : `${note.authorName} only`;
}

async function loadDivergence(
  user: SessionUser,
  reference: string,
): Promise<DivergenceSummary | null> {
  const compared = await getModelComparison(user, reference);
  if (compared.chosen.length === 0) return null;
  const { comparison } = compared;
  // The engine names diagrams by id; readers know them by whose and when.
  const labels = new Map(comparison.diagrams.map((diagram) => [diagram.id, diagram.label]));
  const named = (ids: string[]) => ids.map((id) => labels.get(id) ?? id);
  // Without traced calls there is nothing to hold the drawings against, only each other.
  const hasObserved = comparison.hasObserved && compared.tracedServices.length > 0;
  return {
    diagrams: comparison.diagrams.map((diagram) => diagram.label),
    hasObserved,
    hiddenDependencies: comparison.hiddenDependencies.map(({ from, to, calls }) => ({
      from,
      to,
      calls,
    })),
    // Services seen only in logs make no calls: nobody could have drawn what they call.
    hiddenComponents: comparison.hiddenComponents
      .filter((component) => component.calls > 0)
      .map(({ name, calls }) => ({ name, calls })),
    unobservedEdges: (hasObserved ? comparison.unobservedEdges : []).map((edge) => ({
      ...edge,
      drawnBy: named(edge.drawnBy),
    })),
    onlySome: comparison.onlySome.map((component) => ({
      ...component,
      drawnBy: named(component.drawnBy),
    })),
    directionDisagreements: comparison.directionDisagreements.map(({ a, b }) => ({ a, b })),
  };
}

async function loadMeetings(incidentId: string, viewerId: string): Promise<MeetingRecord[]> {
  const ended = await db.reviewMeeting.findMany({
    where: { incidentId, status: "ended" },
    orderBy: { startedAt: "asc" },
    select: { id: true },
  });
  const views = await Promise.all(ended.map((meeting) => loadMeetingView(meeting.id, viewerId)));
  return views.map((view) => ({
    startedAt: view.startedAt,
    endedAt: view.endedAt,
    leaderName: view.leader.name,
    noteTakerName: view.noteTaker?.name ?? null,
    attendees: view.attendees.map((attendee) => attendee.name),
    agenda: view.agenda.map((item) => ({ title: item.title, minutes: item.minutes })),
    notes: view.notes.map((note) => ({ authorName: note.authorName, text: note.text })),
    captures: view.captures.map((capture) => ({
      kind: capture.kind,
      text: capture.text,
      authorName: capture.authorName,
      event: capture.event?.label ?? "",
    })),
    parking: view.parking.map((item) => ({ text: item.text, isConverted: item.isConverted })),
    followUp: view.followUp,
  }));
}

async function loadAppendix(
  incidentId: string,
): Promise<{ events: AppendixEvent[]; omitted: number }> {
  const events: AppendixEvent[] = [];
  let cursor: ExportCursor | undefined;
  do {
    const page = await listExportPage(incidentId, cursor, {
      limit: Math.min(500, APPENDIX_EVENT_LIMIT - events.length),
    });
    for (const row of page.rows)
      events.push({
        at: row.time,
        service: row.service,
        level: row.level,
        source: row.source,
        message: row.message,
        keyMoment: row.keyMoment,
      });
    cursor = page.next;
  } while (cursor && events.length < APPENDIX_EVENT_LIMIT);
  const total = await db.timelineEvent.count({
    where: { incidentId, deletedAt: null, isHidden: false },
  });
  return { events, omitted: Math.max(0, total - events.length) };
}
