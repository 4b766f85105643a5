// Admins add and edit review templates. An edit carries the version it started from: a
// newer save by someone else is a conflict with a clear message, never a silent overwrite.
// Names are unique regardless of case, so the new-incident list never shows two alike.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { templateInputSchema, type ValidTemplateInput } from "@/lib/templates/template-content";
import { requireTemplateAdmin } from "@/lib/templates/template-view";
import { z } from "@/lib/validation/zod";
import { invalidFields, type InvalidFields } from "@/lib/validation/field-errors";

export type SaveTemplateResult = { status: "saved"; id: string; version: number } | InvalidFields;

const updateTemplateSchema = z.object({
  baseVersion: z.number().int().positive(),
  values: templateInputSchema,
});

const NAME_TAKEN = { name: ["Another template already has this name."] };

function columns(values: ValidTemplateInput) {
  return {
    name: values.name,
    description: values.description,
    sections: JSON.stringify(values.sections),
    agenda: JSON.stringify(values.agenda),
    noteQuestions: JSON.stringify(values.noteQuestions),
  };
}

async function isNameTaken(
  transaction: Prisma.TransactionClient,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const others = await transaction.reviewTemplate.findMany({
    where: exceptId ? { id: { not: exceptId } } : {},
    select: { name: true },
  });
  return others.some((other) => other.name.toLowerCase() === name.toLowerCase());
}

export async function createTemplate(
  admin: SessionUser,
  input: unknown,
): Promise<SaveTemplateResult> {
  requireTemplateAdmin(admin);
  const parsed = templateInputSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error);
  const values = parsed.data;
  return db.$transaction(async (transaction) => {
    if (await isNameTaken(transaction, values.name, null)) return invalidFields(NAME_TAKEN);
    const created = await transaction.reviewTemplate.create({
      data: columns(values),
      select: { id: true, version: true },
    });
    await writeAuditEntry(transaction, {
      actorId: admin.id,
      action: "template.created",
      changes: { template: { from: null, to: { id: created.id, name: values.name } } },
    });
    return { status: "saved", id: created.id, version: created.version } as const;
  });
}

export async function updateTemplate(
  admin: SessionUser,
  id: string,
  input: unknown,
): Promise<SaveTemplateResult> {
  requireTemplateAdmin(admin);
  const parsed = updateTemplateSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error, { within: "values" });
  const { baseVersion, values } = parsed.data;
  return db.$transaction(async (transaction) => {
    const current = await transaction.reviewTemplate.findUnique({
      where: { id },
      select: { name: true, version: true },
    });
    if (!current) throw notFound("That template");
    if (current.version !== baseVersion) {
      throw new AppError(
        "conflict",
        "Someone else saved this template after you opened it. Your text is still here: copy what you need, then reload to see their version.",
      );
    }
    if (await isNameTaken(transaction, values.name, id)) return invalidFields(NAME_TAKEN);
    const claimed = await transaction.reviewTemplate.updateMany({
      where: { id, version: baseVersion },
      data: { ...columns(values), version: { increment: 1 } },
    });
    if (claimed.count !== 1) throw new Error("The template's version changed during its save");
    await writeAuditEntry(transaction, {
      actorId: admin.id,
      action: "template.updated",
      changes: { template: { from: { id, name: current.name }, to: { id, name: values.name } } },
    });
    return { status: "saved", id, version: baseVersion + 1 } as const;
  });
}
