// One template for its admin edit page; a missing one is a 404 like any other.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import {
  requireTemplateAdmin,
  templateSelect,
  toTemplateView,
  type TemplateView,
} from "@/lib/templates/template-view";

export async function getTemplate(admin: SessionUser, id: string): Promise<TemplateView> {
  requireTemplateAdmin(admin);
  const row = await db.reviewTemplate.findUnique({ where: { id }, select: templateSelect });
  if (!row) throw notFound("That template");
  return toTemplateView(row);
}
