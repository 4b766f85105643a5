"use client";

// The workspace's review templates, with the default marked. Making another the default
// and deleting happen here; the server keeps the rules (one default, never the last one)
// and its message shows when a change is refused.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteTemplateAction, setDefaultTemplateAction } from "@/app/admin/templates/actions";

export interface TemplateRowSummary {
  id: string;
  name: string;
  description: string;
  isDefault: boolean;
  sectionCount: number;
  agendaMinutes: number;
  usedBy: number;
}

export function TemplateList({ templates }: { templates: TemplateRowSummary[] }) {
  const router = useRouter();
  const [banner, setBanner] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function run(action: () => Promise<{ status: string; message?: string }>, done: string) {
    setBanner(null);
    startTransition(async () => {
      try {
        const result = await action();
        if (result.status === "error") {
          setBanner({ kind: "error", text: result.message ?? "That change failed." });
          return;
        }
        setBanner({ kind: "ok", text: done });
        router.refresh();
      } catch {
        setBanner({ kind: "error", text: "Could not reach the server. Try again." });
      }
    });
  }

  if (templates.length === 0) {
    return (
      <p className="card muted">
        No templates yet. <Link href="/admin/templates/new">Add the first one</Link>.
      </p>
    );
  }

  return (
    <div className="card stack" style={{ padding: 0 }}>
      {banner && (
        <p
          className={`banner ${banner.kind}`}
          role={banner.kind === "error" ? "alert" : "status"}
          style={{ margin: "1rem" }}
        >
          {banner.text}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">Template</th>
            <th scope="col">Contents</th>
            <th scope="col">Used by</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {templates.map((template) => (
            <tr key={template.id} data-testid={`template-${template.name}`}>
              <td>
                <Link href={`/admin/templates/${template.id}`}>
                  <strong>{template.name}</strong>
                </Link>{" "}
                {template.isDefault && <span className="badge status-published">Default</span>}
                {template.description && <div className="muted small">{template.description}</div>}
              </td>
              <td className="small">
                {template.sectionCount} {template.sectionCount === 1 ? "section" : "sections"} ·{" "}
                {template.agendaMinutes}-minute agenda
              </td>
              <td className="small">
                {template.usedBy} {template.usedBy === 1 ? "incident" : "incidents"}
              </td>
              <td>
                <div
                  className="row tight"
                  style={{ justifyContent: "flex-end", flexWrap: "nowrap" }}
                >
                  <Link href={`/admin/templates/${template.id}`} className="button">
                    Edit
                  </Link>
                  {!template.isDefault && (
                    <button
                      type="button"
                      disabled={isPending}
                      aria-label={`Make ${template.name} the default`}
                      onClick={() =>
                        run(
                          () => setDefaultTemplateAction(template.id),
                          `“${template.name}” is now the default for new incidents.`,
                        )
                      }
                    >
                      Make default
                    </button>
                  )}
                  <button
                    type="button"
                    className="danger"
                    disabled={isPending}
                    aria-label={`Delete ${template.name}`}
                    onClick={() => {
                      if (!window.confirm(`Delete the template “${template.name}”?`)) return;
                      run(() => deleteTemplateAction(template.id), `Deleted “${template.name}”.`);
                    }}
                  >
                    Delete
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
