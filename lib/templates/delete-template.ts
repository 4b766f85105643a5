// Removing a template. The workspace always keeps one (a new incident needs something to
// start from), and the default must be handed to another first. Incidents that started
// from it keep their narrative and fall back to the usual agenda and note questions.
import "server-only";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { requireTemplateAdmin } from "@/lib/templates/template-view";

export async function deleteTemplate(admin: SessionUser, id: string): Promise<void> {
  requireTemplateAdmin(admin);
  await db.$transaction(async (transaction) => {
    const template = await transaction.reviewTemplate.findUnique({
      where: { id },
      select: { name: true, isDefault: true },
    });
    if (!template) throw notFound("That template");
    const count = await transaction.reviewTemplate.count();
    if (count <= 1) {
      throw new AppError(
        "invalid_input",
        "This is the workspace's only template. Add another before deleting it.",
      );
    }
    if (template.isDefault) {
      throw new AppError(
        "invalid_input",
        "This is the default template. Make another one the default first.",
      );
    }
    await transaction.reviewTemplate.delete({ where: { id } });
    await writeAuditEntry(transaction, {
      actorId: admin.id,
      action: "template.deleted",
      changes: { template: { from: { id, name: template.name }, to: null } },
    });
  });
}
