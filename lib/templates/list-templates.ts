// Every review template, the default first: for the admin list and the new-incident form.
// Templates are workspace-wide guidance, so anyone signed in may read them.
import "server-only";
import { db } from "@/lib/db";
import { templateSelect, toTemplateView, type TemplateView } from "@/lib/templates/template-view";

export async function listTemplates(): Promise<TemplateView[]> {
  const rows = await db.reviewTemplate.findMany({
    select: templateSelect,
    orderBy: [{ isDefault: "desc" }, { name: "asc" }],
  });
  return rows.map(toTemplateView);
}
