// Saves an edited incident only if nobody saved since the version the editor started
// from. Otherwise nothing is written and the caller gets the newer version to merge with:
// a save never silently overwrites someone else's work.
import "server-only";
import { diffValues } from "@/lib/audit/diff-values";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
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
import { fieldErrorsOf } from "@/lib/validation/field-errors";

export async function updateIncident(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<SaveIncidentResult> {
  // Access first: someone who may not see the incident learns nothing, not even whether
  // their input would have been valid.
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  const parsed = updateIncidentSchema.safeParse(input);
  if (!parsed.success) {
    return {
      status: "invalid",
      message: "Some fields need attention.",
      // The form's keys are relative to the values object.
      fieldErrors: fieldErrorsOf(parsed.error, { within: "values" }),
    };
  }
  const { baseVersion } = parsed.data;

  return db.$transaction(async (transaction) => {
    const current = await transaction.incident.findUniqueOrThrow({
      where: { id: incidentId },
      include: { ...incidentWithRelations, createdBy: { select: { id: true, isActive: true } } },
    });
    const values = keepRestrictedParticipants(parsed.data.values, {
      editorId: user.id,
      isEditorAdmin: user.role === "admin",
      creatorId: current.createdBy.isActive ? current.createdBy.id : null,
      isBecomingRestricted: current.visibility !== "restricted",
    });
    if (current.version !== baseVersion) {
      const lastChange = await transaction.auditEntry.findFirst({
        where: { incidentId },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true, actor: { select: { name: true } } },
      });
      return {
        status: "conflict",
        message:
          "Someone saved this incident after you opened it. Nothing was overwritten: compare and merge.",
        theirs: toIncidentInput(current, values.timeZone),
        version: current.version,
        updatedBy: lastChange?.actor.name ?? "someone",
        updatedAt: (lastChange?.createdAt ?? current.updatedAt).toISOString(),
      } as const;
    }
    const fieldErrors = await checkReferencedUsers(transaction, values);
    if (Object.keys(fieldErrors).length > 0) {
      return { status: "invalid", message: "Some fields need attention.", fieldErrors } as const;
    }
    const changes = diffValues(
      auditableValues(toIncidentInput(current, values.timeZone)),
      auditableValues(values),
    );
    if (Object.keys(changes).length === 0) {
      return {
        status: "saved",
        reference: formatIncidentReference(current.number),
        version: current.version,
      } as const;
    }
    // The version in the where clause makes the check and the write one atomic step.
    const claimed = await transaction.incident.updateMany({
      where: { id: incidentId, version: baseVersion },
      data: { version: { increment: 1 } },
    });
    if (claimed.count !== 1)
      throw new Error("Incident version changed during the save transaction");
    // Children are rewritten whole: the incident is versioned as one document.
    const where = { incidentId };
    await transaction.incidentService.deleteMany({ where });
    await transaction.incidentTag.deleteMany({ where });
    await transaction.contributingFactor.deleteMany({ where });
    await transaction.luckyNote.deleteMany({ where });
    await transaction.actionItem.deleteMany({ where });
    await transaction.incidentParticipant.deleteMany({ where });
    const saved = await transaction.incident.update({
      where: { id: incidentId },
      data: { ...incidentColumns(values), ...incidentChildren(values) },
      select: { version: true },
    });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "incident.updated",
      incidentId,
      changes,
    });
    return {
      status: "saved",
      reference: formatIncidentReference(current.number),
      version: saved.version,
    } as const;
  });
}
