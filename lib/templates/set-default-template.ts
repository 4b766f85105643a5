// Choosing the template the new-incident form preselects. Clearing the old default and
// setting the new one happen in one transaction, so there is always exactly one.
import "server-only";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { requireTemplateAdmin } from "@/lib/templates/template-view";

export async function setDefaultTemplate(admin: SessionUser, id: string): Promise<void> {
  requireTemplateAdmin(admin);
  await db.$transaction(async (transaction) => {
    const chosen = await transaction.reviewTemplate.findUnique({
      where: { id },
      select: { name: true, isDefault: true },
    });
    if (!chosen) throw notFound("That template");
    if (chosen.isDefault) return;
    const previous = await transaction.reviewTemplate.findFirst({
      where: { isDefault: true },
      select: { id: true, name: true },
    });
    // The partial unique index allows one default: clear the old one before setting.
    await transaction.reviewTemplate.updateMany({
      where: { isDefault: true },
      data: { isDefault: false },
    });
    await transaction.reviewTemplate.update({ where: { id }, data: { isDefault: true } });
    await writeAuditEntry(transaction, {
      actorId: admin.id,
      action: "template.default_changed",
      changes: { defaultTemplate: { from: previous?.name ?? null, to: chosen.name } },
    });
  });
}
