import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TemplateForm } from "@/components/admin/template-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { getTemplate } from "@/lib/templates/get-template";

export const metadata: Metadata = { title: "Edit review template" };

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/admin/templates/${encodeURIComponent(id)}`);
  if (user.role !== "admin") notFound();
  const template = await getTemplate(user, id.slice(0, 100)).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <div className="stack">
      <p className="small">
        <Link href="/admin/templates">← Review templates</Link>
      </p>
      <h1>Edit “{template.name}”</h1>
      {template.usedBy > 0 && (
        <p className="muted">
          {template.usedBy === 1 ? "One incident uses" : `${template.usedBy} incidents use`} this
          template. Their narratives stay as written; new meetings and notes follow your changes.
        </p>
      )}
      <TemplateForm
        id={template.id}
        version={template.version}
        initialValues={{
          name: template.name,
          description: template.description,
          sections: template.sections,
          agenda: template.agenda,
          noteQuestions: template.noteQuestions,
        }}
      />
    </div>
  );
}
