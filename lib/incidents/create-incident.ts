// Creates an incident with the next reference number, its children and an audit entry,
// in one transaction.
import "server-only";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { canWrite, type SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkReferencedUsers } from "@/lib/incidents/check-referenced-users";
import {
  auditableValues,
  incidentChildren,
  incidentColumns,
} from "@/lib/incidents/incident-values";
import { formatIncidentReference } from "@/lib/access/incident-reference";
import { keepRestrictedParticipants } from "@/lib/incidents/restricted-participants";
import type { SaveIncidentResult } from "@/lib/incidents/save-result";
import { incidentInputSchema } from "@/lib/incidents/schema";
import { invalidFields } from "@/lib/validation/field-errors";

export async function createIncident(
  user: SessionUser,
  input: unknown,
): Promise<SaveIncidentResult> {
  if (!canWrite(user))
    throw new AppError("forbidden", "Viewers can read incidents but not create them.");
  const parsed = incidentInputSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error);
  // The creator facilitates until they hand it on.
  let values = parsed.data;
  if (!values.participants.some((participant) => participant.userId === user.id)) {
    values = {
      ...values,
      participants: [{ userId: user.id, role: "facilitator" }, ...values.participants],
    };
  }
  values = keepRestrictedParticipants(values, {
    editorId: user.id,
    isEditorAdmin: user.role === "admin",
    creatorId: user.id,
    isBecomingRestricted: true,
  });

  return db.$transaction(async (transaction) => {
    const fieldErrors = await checkReferencedUsers(transaction, values);
    if (Object.keys(fieldErrors).length > 0) {
      return invalidFields(fieldErrors);
    }
    const last = await transaction.incident.aggregate({ _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const incident = await transaction.incident.create({
      data: {
        number,
        createdById: user.id,
        ...incidentColumns(values),
        ...incidentChildren(values),
      },
      select: { id: true, version: true },
    });
    const created = auditableValues(values);
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "incident.created",
      incidentId: incident.id,
      changes: Object.fromEntries(
        Object.entries(created).map(([key, value]) => [key, { from: null, to: value }]),
      ),
    });
    return {
      status: "saved",
      reference: formatIncidentReference(number),
      version: incident.version,
    } as const;
  });
}
