"use client";

// Choosing the review template a new incident starts from. Its sections become the
// narrative's first headings and prompts, as long as nobody has written in the narrative
// yet; the choice also sets the meeting's agenda and the note questions.
import { FieldError } from "@/components/forms/field-error";
import type { TemplateSection } from "@/lib/templates/template-content";

export interface TemplateChoice {
  id: string;
  name: string;
  description: string;
  sections: TemplateSection[];
  isDefault: boolean;
}

export function TemplatePicker(props: {
  templates: TemplateChoice[];
  value: string | null;
  onChange: (id: string | null) => void;
  /** Set when a change left the narrative alone because someone had written in it. */
  isNarrativeKept: boolean;
  errors?: string[];
}) {
  const chosen = props.templates.find((template) => template.id === props.value) ?? null;
  return (
    <div className="card stack" data-testid="template-picker">
      <div className="field">
        <label htmlFor="templateId">
          Review template{" "}
          <span className="hint">
            sets the narrative&apos;s starting sections, the meeting agenda and the note questions
          </span>
        </label>
        <select
          id="templateId"
          value={props.value ?? ""}
          aria-invalid={props.errors ? true : undefined}
          aria-describedby="templateId-help"
          onChange={(event) => props.onChange(event.target.value || null)}
        >
          <option value="">No template: a blank narrative</option>
          {props.templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
              {template.isDefault ? " (default)" : ""}
            </option>
          ))}
        </select>
        <FieldError id="templateId-error" messages={props.errors} />
      </div>
      <div id="templateId-help" className="muted small" aria-live="polite">
        {chosen ? (
          <>
            {chosen.description && <p style={{ margin: 0 }}>{chosen.description}</p>}
            {chosen.sections.length > 0 && (
              <p style={{ margin: "0.25rem 0 0" }}>
                Sections: {chosen.sections.map((section) => section.heading).join(" · ")}
              </p>
            )}
          </>
        ) : (
          <p style={{ margin: 0 }}>The meeting gets the usual agenda and the usual questions.</p>
        )}
        {props.isNarrativeKept && (
          <p style={{ margin: "0.25rem 0 0" }} role="status">
            You have written in the narrative, so it was kept as it is.
          </p>
        )}
      </div>
    </div>
  );
}
