// Converts between stored incidents and the form's values (IncidentInput), in a zone.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type {
  ActionItemStatus,
  IncidentInput,
  IncidentStatus,
  ParticipantRole,
  Severity,
  ValidIncidentInput,
  Visibility,
} from "@/lib/incidents/schema";
import { readImportedPerson } from "@/lib/incidents/imported-person";
import { narrativeToText, parseNarrative } from "@/lib/rich-text/narrative";
import { fromDateInput, fromDateTimeLocal, toDateInput, toDateTimeLocal } from "@/lib/time/zone";

export const incidentWithRelations = {
  services: { orderBy: { name: "asc" } },
  tags: { orderBy: { name: "asc" } },
  contributingFactors: { orderBy: { position: "asc" } },
  luckyNotes: { orderBy: { position: "asc" } },
  actionItems: { orderBy: { position: "asc" } },
  participants: { orderBy: { createdAt: "asc" } },
} satisfies Prisma.IncidentInclude;

export type IncidentWithRelations = Prisma.IncidentGetPayload<{
  include: typeof incidentWithRelations;
}>;

export function toIncidentInput(incident: IncidentWithRelations, timeZone: string): IncidentInput {
  return {
    title: incident.title,
    severity: incident.severity as Severity,
    status: incident.status as IncidentStatus,
    visibility: incident.visibility as Visibility,
    timeZone,
    incidentTimeZone: incident.timeZone ?? "",
    startedAt: toDateTimeLocal(incident.startedAt, timeZone),
    detectedAt: toDateTimeLocal(incident.detectedAt, timeZone),
    mitigatedAt: toDateTimeLocal(incident.mitigatedAt, timeZone),
    resolvedAt: toDateTimeLocal(incident.resolvedAt, timeZone),
    services: incident.services.map((service) => service.name),
    tags: incident.tags.map((tag) => tag.name),
    impact: incident.impact,
    summary: incident.summary,
    narrative: incident.narrative,
    contributingFactors: incident.contributingFactors.map((factor) => factor.text),
    luckyNotes: incident.luckyNotes.map((note) => note.text),
    actionItems: incident.actionItems.map((item) => ({
      title: item.title,
      ownerId: item.ownerId,
      dueDate: toDateInput(item.dueDate),
      status: item.status as ActionItemStatus,
      trackerUrl: item.trackerUrl ?? "",
      ...(item.importedOwner ? { importedOwner: readImportedPerson(item.importedOwner) } : {}),
    })),
    participants: incident.participants.map((participant) => ({
      userId: participant.userId,
      role: participant.role as ParticipantRole,
    })),
  };
}

// Scalar columns from validated values; the schema already checked the time strings.
export function incidentColumns(values: ValidIncidentInput) {
  const instant = (value: string) => fromDateTimeLocal(value, values.timeZone) ?? null;
  return {
    title: values.title,
    severity: values.severity,
    status: values.status,
    visibility: values.visibility,
    timeZone: values.incidentTimeZone || null,
    startedAt: instant(values.startedAt),
    detectedAt: instant(values.detectedAt),
    mitigatedAt: instant(values.mitigatedAt),
    resolvedAt: instant(values.resolvedAt),
    impact: values.impact,
    summary: values.summary,
    narrative: values.narrative,
  };
}

// Child rows, created fresh on every save: the incident is versioned as one document.
export function incidentChildren(values: ValidIncidentInput) {
  return {
    services: { create: values.services.map((name) => ({ name })) },
    tags: { create: values.tags.map((name) => ({ name })) },
    contributingFactors: {
      create: values.contributingFactors.map((text, position) => ({ text, position })),
    },
    luckyNotes: { create: values.luckyNotes.map((text, position) => ({ text, position })) },
    actionItems: {
      create: values.actionItems.map((item, position) => ({
        position,
        title: item.title,
        ownerId: item.ownerId,
        dueDate: fromDateInput(item.dueDate) ?? null,
        status: item.status,
        trackerUrl: item.trackerUrl || null,
        // Kept until someone with an account is chosen as the owner.
        importedOwner:
          !item.ownerId && item.importedOwner ? JSON.stringify(item.importedOwner) : null,
      })),
    },
    participants: { create: values.participants.map(({ userId, role }) => ({ userId, role })) },
  };
}

// The audit log stores instants, not wall-clock strings, so a diff is zone-independent, and
// the narrative as readable text rather than editor JSON.
export function auditableValues(values: IncidentInput) {
  const { timeZone, ...rest } = values;
  const instant = (value: string) => fromDateTimeLocal(value, timeZone)?.toISOString() ?? null;
  return {
    ...rest,
    startedAt: instant(values.startedAt),
    detectedAt: instant(values.detectedAt),
    mitigatedAt: instant(values.mitigatedAt),
    resolvedAt: instant(values.resolvedAt),
    narrative: narrativeToText(parseNarrative(values.narrative)),
  };
}
