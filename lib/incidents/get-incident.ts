// One incident, shaped for its page: display fields plus the form's values in the
// viewer's zone. Answers 404 (AppError not_found) when the viewer may not see it.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { canWrite, type SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { readImportedPeople } from "@/lib/incidents/imported-person";
import { incidentWithRelations, toIncidentInput } from "@/lib/incidents/incident-values";
import { formatIncidentReference } from "@/lib/access/incident-reference";
import type { IncidentInput, IncidentStatus, Severity, Visibility } from "@/lib/incidents/schema";

export interface IncidentView {
  id: string;
  reference: string;
  title: string;
  severity: Severity;
  status: IncidentStatus;
  visibility: Visibility;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdByName: string;
  canEdit: boolean;
  values: IncidentInput;
  /** People of an imported review with no account here, kept by name. */
  importedParticipants: { name: string; email: string; role: string }[];
}

export async function getIncidentForUser(
  user: SessionUser,
  reference: string,
  timeZone: string,
): Promise<IncidentView> {
  const id = await findVisibleIncidentId(user, reference);
  const incident = await db.incident.findUniqueOrThrow({
    where: { id },
    include: { ...incidentWithRelations, createdBy: { select: { name: true } } },
  });
  return {
    id: incident.id,
    reference: formatIncidentReference(incident.number),
    title: incident.title,
    severity: incident.severity as Severity,
    status: incident.status as IncidentStatus,
    visibility: incident.visibility as Visibility,
    version: incident.version,
    createdAt: incident.createdAt.toISOString(),
    updatedAt: incident.updatedAt.toISOString(),
    createdByName: incident.createdBy.name,
    canEdit: canWrite(user),
    values: toIncidentInput(incident, timeZone),
    importedParticipants: readImportedPeople(incident.importedParticipants),
  };
}
