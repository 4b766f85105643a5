import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TemplateForm } from "@/components/admin/template-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { emptyTemplateInput } from "@/lib/templates/template-content";

export const metadata: Metadata = { title: "Add a review template" };

export default async function NewTemplatePage() {
  const user = await requirePageUser("/admin/templates/new");
  if (user.role !== "admin") notFound();
  return (
    <div className="stack">
      <p className="small">
        <Link href="/admin/templates">← Review templates</Link>
      </p>
      <h1>Add a review template</h1>
      <TemplateForm initialValues={emptyTemplateInput()} />
    </div>
  );
}
