// A facilitator's "these names are one component" for one incident ("db1" = "blogdb" =
// "postgres primary"), used when diagrams are compared. Everyone who may see the incident
// sees the aliases; its facilitators (and workspace admins) change them.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ALIASES_MAX, DIAGRAM_LABEL_MAX_CHARACTERS } from "@/lib/input-limits";
import { modelViewerFor } from "@/lib/mental-models/model-viewer";
import { invalidFields, type InvalidFields } from "@/lib/validation/field-errors";
import { z } from "@/lib/validation/zod";
import { publishIncidentChange } from "@/lib/realtime/bus";

export interface ComponentAliasView {
  id: string;
  name: string;
  target: string;
}

const nameSchema = z.string().trim().min(1).max(DIAGRAM_LABEL_MAX_CHARACTERS);
const addAliasSchema = z
  .object({ name: nameSchema, target: nameSchema })
  .refine((alias) => alias.name.toLowerCase() !== alias.target.toLowerCase(), {
    message: "Name two different components.",
    path: ["target"],
  });

export type AliasResult = { status: "saved"; aliases: ComponentAliasView[] } | InvalidFields;

export async function listComponentAliases(incidentId: string): Promise<ComponentAliasView[]> {
  return db.componentAlias.findMany({
    where: { incidentId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, target: true },
  });
}

export async function canSetAliases(user: SessionUser, incidentId: string): Promise<boolean> {
  if (user.role === "admin") return true;
  if (user.role === "viewer") return false;
  return (await modelViewerFor(user, incidentId)).isFacilitator;
}

async function requireAliasRights(user: SessionUser, reference: string): Promise<string> {
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  if (!(await canSetAliases(user, incidentId))) {
    throw new AppError("forbidden", "Only the incident's facilitators can set aliases.");
  }
  return incidentId;
}

export async function addComponentAlias(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<AliasResult> {
  const incidentId = await requireAliasRights(user, reference);
  const parsed = addAliasSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error);
  const { name, target } = parsed.data;
  await db.$transaction(async (transaction) => {
    const count = await transaction.componentAlias.count({ where: { incidentId } });
    if (count >= ALIASES_MAX) {
      throw new AppError("invalid_input", `An incident keeps up to ${ALIASES_MAX} aliases.`);
    }
    await transaction.componentAlias.upsert({
      where: { incidentId_name_target: { incidentId, name, target } },
      create: { incidentId, name, target },
      update: {},
    });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "compare.aliases_updated",
      incidentId,
      changes: { alias: { from: null, to: `${name} = ${target}` } },
    });
  });
  publishIncidentChange(incidentId, {
    topic: "diagrams",
    action: "aliases",
    ids: [],
    actorId: user.id,
  });
  return { status: "saved", aliases: await listComponentAliases(incidentId) };
}

export async function removeComponentAlias(
  user: SessionUser,
  reference: string,
  aliasId: string,
): Promise<AliasResult> {
  const incidentId = await requireAliasRights(user, reference);
  await db.$transaction(async (transaction) => {
    const alias = await transaction.componentAlias.findFirst({
      where: { id: aliasId, incidentId },
    });
    if (!alias) return;
    await transaction.componentAlias.delete({ where: { id: alias.id } });
    await writeAuditEntry(transaction, {
      actorId: user.id,
      action: "compare.aliases_updated",
      incidentId,
      changes: { alias: { from: `${alias.name} = ${alias.target}`, to: null } },
    });
  });
  publishIncidentChange(incidentId, {
    topic: "diagrams",
    action: "aliases",
    ids: [],
    actorId: user.id,
  });
  return { status: "saved", aliases: await listComponentAliases(incidentId) };
}
