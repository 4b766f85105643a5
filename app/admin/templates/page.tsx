import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TemplateList } from "@/components/admin/template-list";
import { requirePageUser } from "@/lib/auth/current-user";
import { listTemplates } from "@/lib/templates/list-templates";

export const metadata: Metadata = { title: "Review templates" };

export default async function TemplatesPage() {
  const user = await requirePageUser("/admin/templates");
  if (user.role !== "admin") notFound();
  const templates = await listTemplates();
  return (
    <div className="stack">
      <div className="row">
        <h1 style={{ margin: 0 }}>Review templates</h1>
        <span className="spacer" />
        <Link href="/admin/templates/new" className="button primary">
          Add template
        </Link>
      </div>
      <p className="muted">
        A template is chosen when an incident is created. It gives the narrative its starting
        sections and prompts, the review meeting its agenda, and participants&apos; notes their
        questions. The default is preselected; docs/templates.md credits the sources of the three
        that ship with Debrief.
      </p>
      <TemplateList
        templates={templates.map((template) => ({
          id: template.id,
          name: template.name,
          description: template.description,
          isDefault: template.isDefault,
          sectionCount: template.sections.length,
          agendaMinutes: template.agenda.reduce((sum, item) => sum + item.minutes, 0),
          usedBy: template.usedBy,
        }))}
      />
    </div>
  );
}
