// Creates an incident with the next reference number, its children and an audit entry,
// in one transaction. A chosen review template gives a narrative not yet written its
// starting sections, and stays linked for the meeting's agenda and the note questions.
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
import { sectionsToNarrative } from "@/lib/templates/template-content";
import { readSections } from "@/lib/templates/template-view";
import { invalidFields } from "@/lib/validation/field-errors";
import { z } from "@/lib/validation/zod";

// Sent beside the incident's values; absent or null starts without a template.
const templateChoiceSchema = z.object({
  templateId: z.string().max(100).nullable().optional(),
});

export async function createIncident(
  user: SessionUser,
  input: unknown,
): Promise<SaveIncidentResult> {
  if (!canWrite(user))
    throw new AppError("forbidden", "Viewers can read incidents but not create them.");
  const parsed = incidentInputSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error);
  const choice = templateChoiceSchema.safeParse(input);
  if (!choice.success) return invalidFields(choice.error);
  const templateId = choice.data.templateId || null;
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
    if (templateId) {
      const template = await transaction.reviewTemplate.findUnique({
        where: { id: templateId },
        select: { sections: true },
      });
      if (!template) {
        return invalidFields({
          templateId: ["That template was just deleted; choose another one."],
        });
      }
      if (!values.narrative) {
        values = {
          ...values,
          narrative: JSON.stringify(sectionsToNarrative(readSections(template.sections))),
        };
      }
    }
    const last = await transaction.incident.aggregate({ _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const incident = await transaction.incident.create({
      data: {
        number,
        createdById: user.id,
        templateId,
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
