// The facilitator's preparation before starting a meeting: the key moments of the
// timeline, where people's pictures of the system diverge, questions left open by earlier
// meetings, participants nobody has interviewed yet, and language findings still open in
// the incident's texts. Everything through the facilitator's own access.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { KEY_MOMENT_LABELS } from "@/lib/evidence/evidence-input";
import { getIncidentForUser } from "@/lib/incidents/get-incident";
import { listDismissals } from "@/lib/language-review/dismissals";
import { buildReadinessReport, reviewTextsOf } from "@/lib/language-review/readiness";
import { getModelComparison } from "@/lib/mental-models/model-comparison";
import type { Comparison } from "@/lib/models/compare";
import { getLanguageSettings, toTeamSettings } from "@/lib/settings/language-settings";

const SHOWN_FINDINGS = 6;

export interface PrepareData {
  keyMoments: { id: string; time: string; kind: string; message: string; note: string }[];
  divergences: string[];
  openQuestions: { id: string; text: string; eventLabel: string | null }[];
  notInterviewed: { id: string; name: string }[];
  language: { total: number; shown: { location: string; excerpt: string; question: string }[] };
}

// The comparison's disagreements in one sentence each, most telling first, naming each
// diagram by its label ("Alice: Ledger at 09:12"). Components only the logs name are not
// "hidden" from anyone: only traced services count, as in the compare view.
export function describeDivergences(comparison: Comparison, tracedServices: string[]): string[] {
  const labels = new Map(comparison.diagrams.map((diagram) => [diagram.id, diagram.label]));
  const who = (ids: string[]) => ids.map((id) => labels.get(id) ?? id).join("; ");
  const traced = new Set(tracedServices);
  return [
    ...comparison.directionDisagreements.map(
      (pair) =>
        `${pair.a} and ${pair.b}: drawn as ${pair.a} → ${pair.b} in ${who(pair.forward.drawnBy) || "no diagram"}, the other way in ${who(pair.backward.drawnBy) || "no diagram"}.`,
    ),
    ...comparison.onlySome.map(
      (component) => `${component.name} appears only in ${who(component.drawnBy)}.`,
    ),
    ...comparison.hiddenComponents
      .filter((component) => traced.has(component.name))
      .map((component) => `${component.name} shows in the traces but nobody drew it.`),
    ...comparison.hiddenDependencies.map(
      (edge) => `${edge.from} → ${edge.to} shows in the traces but nobody drew it.`,
    ),
    ...comparison.unobservedEdges.map(
      (edge) =>
        `${edge.from} → ${edge.to} is drawn in ${who(edge.drawnBy)}; the traces never show it.`,
    ),
  ];
}

export async function prepareMeeting(
  user: SessionUser,
  reference: string,
  incidentId: string,
): Promise<PrepareData> {
  const [events, questions, participants, comparison, incident, dismissals, settings] =
    await Promise.all([
      db.timelineEvent.findMany({
        where: { incidentId, deletedAt: null, keyMoment: { not: null } },
        orderBy: [{ time: "asc" }, { id: "asc" }],
        select: { id: true, time: true, keyMoment: true, message: true, keyMomentNote: true },
        take: 50,
      }),
      db.meetingCapture.findMany({
        where: { incidentId, kind: "question" },
        orderBy: { createdAt: "asc" },
        select: { id: true, text: true, eventId: true },
      }),
      db.incidentParticipant.findMany({
        where: { incidentId, role: { not: "facilitator" }, user: { isActive: true } },
        select: { user: { select: { id: true, name: true } } },
        orderBy: { user: { name: "asc" } },
      }),
      getModelComparison(user, reference),
      getIncidentForUser(user, reference, "UTC"),
      listDismissals(user, reference),
      getLanguageSettings(),
    ]);
  const interviewed = new Set(
    (
      await db.modelNote.findMany({
        where: { incidentId, kind: "interview", deletedAt: null },
        select: { subjectId: true },
      })
    ).map((note) => note.subjectId),
  );
  const eventIds = questions.flatMap((question) => (question.eventId ? [question.eventId] : []));
  const questionEvents = new Map(
    (
      await db.timelineEvent.findMany({
        where: { id: { in: eventIds }, incidentId },
        select: { id: true, message: true },
      })
    ).map((event) => [event.id, event.message.slice(0, 120)]),
  );
  const report = buildReadinessReport(
    reviewTextsOf(incident.values),
    new Set(dismissals.map((dismissal) => dismissal.fingerprint)),
    toTeamSettings(settings),
  );
  return {
    keyMoments: events.map((event) => ({
      id: event.id,
      time: event.time.toISOString(),
      kind:
        KEY_MOMENT_LABELS[event.keyMoment as keyof typeof KEY_MOMENT_LABELS] ??
        event.keyMoment ??
        "",
      message: event.message.slice(0, 200),
      note: event.keyMomentNote,
    })),
    divergences: describeDivergences(comparison.comparison, comparison.tracedServices),
    openQuestions: questions.map((question) => ({
      id: question.id,
      text: question.text,
      eventLabel: question.eventId ? (questionEvents.get(question.eventId) ?? null) : null,
    })),
    notInterviewed: participants
      .map((participant) => participant.user)
      .filter((participant) => !interviewed.has(participant.id)),
    language: {
      total: report.total,
      shown: report.findings.slice(0, SHOWN_FINDINGS).map((finding) => ({
        location: finding.location,
        excerpt: finding.excerpt,
        question: finding.question,
      })),
    },
  };
}
