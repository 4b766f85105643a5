// Saves an edited incident only if nobody saved since the version the editor started
// from. Otherwise nothing is written and the caller gets the newer version to merge with:
// a save never silently overwrites someone else's work.
import "server-only";
import { diffValues } from "@/lib/audit/diff-values";
import { saveVersioned } from "@/lib/audit/save-versioned";
import type { SessionUser } from "@/lib/auth/roles";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { db } from "@/lib/db";
import { checkReferencedUsers } from "@/lib/incidents/check-referenced-users";
import {
  auditableValues,
  incidentChildren,
  incidentColumns,
  incidentWithRelations,
  toIncidentInput,
} from "@/lib/incidents/incident-values";
import { formatIncidentReference } from "@/lib/access/incident-reference";
import { keepRestrictedParticipants } from "@/lib/incidents/restricted-participants";
import type { SaveIncidentResult } from "@/lib/incidents/save-result";
import { updateIncidentSchema } from "@/lib/incidents/schema";
import { invalidFields } from "@/lib/validation/field-errors";
import { publishIncidentChange } from "@/lib/realtime/bus";

export const NARRATIVE_IS_CO_EDITED =
  "The narrative is edited live on the incident's Overview and saves as you type; it cannot be changed with the other fields.";

// The stored narrative stands in when the input has none.
function withNarrative(input: unknown, narrative: string): unknown {
  if (!input || typeof input !== "object") return input;
  const { values } = input as { values?: unknown };
  if (!values || typeof values !== "object" || "narrative" in values) return input;
  return { ...input, values: { ...values, narrative } };
}

export async function updateIncident(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<SaveIncidentResult> {
  // Access first: someone who may not see the incident learns nothing, not even whether
  // their input would have been valid.
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  // The narrative is co-edited live (lib/collab) and saves itself: an edit leaves it out,
  // or sends it unchanged (a GET's values sent back).
  const stored = await db.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: { narrative: true },
  });
  const parsed = updateIncidentSchema.safeParse(withNarrative(input, stored.narrative));
  // The form's keys are relative to the values object.
  if (!parsed.success) return invalidFields(parsed.error, { within: "values" });
  const { baseVersion } = parsed.data;

  const result = await db.$transaction(async (transaction) => {
    const current = await transaction.incident.findUniqueOrThrow({
      where: { id: incidentId },
      include: { ...incidentWithRelations, createdBy: { select: { id: true, isActive: true } } },
    });
    if (parsed.data.values.narrative !== current.narrative) {
      return invalidFields({ narrative: [NARRATIVE_IS_CO_EDITED] });
    }
    const values = keepRestrictedParticipants(parsed.data.values, {
      editorId: user.id,
      isEditorAdmin: user.role === "admin",
      creatorId: current.createdBy.isActive ? current.createdBy.id : null,
      isBecomingRestricted: current.visibility !== "restricted",
    });
    const saved = (version: number): SaveIncidentResult => ({
      status: "saved",
      reference: formatIncidentReference(current.number),
      version,
    });
    return saveVersioned<SaveIncidentResult>(transaction, {
      currentVersion: current.version,
      baseVersion,
      lastChangeWhere: { incidentId },
      conflict: (lastChange) => ({
        status: "conflict",
        message:
          "Someone saved this incident after you opened it. Nothing was overwritten: compare and merge.",
        theirs: toIncidentInput(current, values.timeZone),
        version: current.version,
        updatedBy: lastChange?.actorName ?? "someone",
        updatedAt: (lastChange?.at ?? current.updatedAt).toISOString(),
      }),
      check: async () => {
        const fieldErrors = await checkReferencedUsers(transaction, values);
        return Object.keys(fieldErrors).length > 0 ? invalidFields(fieldErrors) : null;
      },
      changes: () =>
        diffValues(
          auditableValues(toIncidentInput(current, values.timeZone)),
          auditableValues(values),
        ),
      claim: () =>
        transaction.incident.updateMany({
          where: { id: incidentId, version: baseVersion },
          data: { version: { increment: 1 } },
        }),
      // Children are rewritten whole: the incident is versioned as one document.
      write: async () => {
        const where = { incidentId };
        await transaction.incidentService.deleteMany({ where });
        await transaction.incidentTag.deleteMany({ where });
        await transaction.contributingFactor.deleteMany({ where });
        await transaction.luckyNote.deleteMany({ where });
        await transaction.actionItem.deleteMany({ where });
        await transaction.incidentParticipant.deleteMany({ where });
        await transaction.incident.update({
          where: { id: incidentId },
          data: { ...incidentColumns(values), ...incidentChildren(values) },
        });
      },
      audit: { actorId: user.id, action: "incident.updated", incidentId },
      saved,
    });
  });
  if (result.status === "saved") {
    publishIncidentChange(incidentId, {
      topic: "incident",
      action: "edited",
      ids: [incidentId],
      actorId: user.id,
    });
  }
  return result;
}
