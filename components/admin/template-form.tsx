"use client";

// Adding or editing a review template: name and description, the narrative's starting
// sections, the meeting agenda and the note questions. The browser checks with the same
// schema as the server; the server's messages land next to their fields.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createTemplateAction, updateTemplateAction } from "@/app/admin/templates/actions";
import { FieldError } from "@/components/forms/field-error";
import { useLeaveGuard } from "@/components/forms/use-leave-guard";
import {
  NOTE_SECTION_HINTS,
  NOTE_SECTION_KEYS,
  NOTE_SECTION_LABELS,
} from "@/lib/mental-models/notes/note-sections";
import { templateInputSchema, type TemplateInput } from "@/lib/templates/template-content";
import { FIELDS_NEED_ATTENTION, fieldErrorsOf } from "@/lib/validation/field-errors";

export function TemplateForm(props: {
  id?: string;
  version?: number;
  initialValues: TemplateInput;
}) {
  const router = useRouter();
  const [values, setValues] = useState(props.initialValues);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const isDirty = JSON.stringify(values) !== JSON.stringify(props.initialValues);
  useLeaveGuard(isDirty && !isSaving);

  const set = <K extends keyof TemplateInput>(field: K, value: TemplateInput[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const error = (key: string) => errors[key];
  const invalid = (key: string) => (errors[key] ? true : undefined);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = templateInputSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setBanner(FIELDS_NEED_ATTENTION);
      return;
    }
    setSaving(true);
    setBanner(null);
    try {
      const result = props.id
        ? await updateTemplateAction(props.id, { baseVersion: props.version, values })
        : await createTemplateAction(values);
      if (result.status === "saved") {
        // Leaving right after a save: the guard must not ask about words already kept.
        setValues(props.initialValues);
        router.push("/admin/templates");
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors);
      setBanner(result.message);
    } catch {
      setBanner("Could not reach the server. Your changes are still here; try again.");
    } finally {
      setSaving(false);
    }
  }

  const sections = values.sections;
  const agenda = values.agenda;
  const totalMinutes = agenda.reduce((sum, item) => sum + (Number(item.minutes) || 0), 0);

  return (
    <form className="stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      <fieldset disabled={isSaving} className="stack" style={{ border: "none", padding: 0 }}>
        <section className="card stack" aria-labelledby="template-about">
          <h2 id="template-about">About</h2>
          <div className="field">
            <label htmlFor="template-name">Name</label>
            <input
              id="template-name"
              value={values.name}
              aria-invalid={invalid("name")}
              aria-describedby="name-error"
              onChange={(event) => set("name", event.target.value)}
            />
            <FieldError id="name-error" messages={error("name")} />
          </div>
          <div className="field">
            <label htmlFor="template-description">
              Description <span className="hint">shown when someone chooses a template</span>
            </label>
            <textarea
              id="template-description"
              value={values.description}
              aria-invalid={invalid("description")}
              onChange={(event) => set("description", event.target.value)}
            />
            <FieldError id="description-error" messages={error("description")} />
          </div>
        </section>

        <section className="card stack" aria-labelledby="template-sections">
          <h2 id="template-sections">Narrative sections</h2>
          <p className="muted small">
            A new incident&apos;s narrative starts with these headings, each followed by its prompt.
            People write over the prompts.
          </p>
          {sections.length === 0 && (
            <p className="muted small">No sections: the narrative starts blank.</p>
          )}
          {sections.map((section, index) => (
            <div
              key={index}
              className="stack-tight"
              role="group"
              aria-label={`Section ${index + 1}`}
            >
              <div className="field">
                <label htmlFor={`section-${index}-heading`}>Section {index + 1} heading</label>
                <input
                  id={`section-${index}-heading`}
                  value={section.heading}
                  aria-invalid={invalid(`sections.${index}.heading`)}
                  onChange={(event) =>
                    set(
                      "sections",
                      sections.map((entry, i) =>
                        i === index ? { ...entry, heading: event.target.value } : entry,
                      ),
                    )
                  }
                />
                <FieldError
                  id={`sections-${index}-heading-error`}
                  messages={error(`sections.${index}.heading`)}
                />
              </div>
              <div className="field">
                <label htmlFor={`section-${index}-prompt`}>Section {index + 1} prompt</label>
                <textarea
                  id={`section-${index}-prompt`}
                  value={section.prompt}
                  aria-invalid={invalid(`sections.${index}.prompt`)}
                  onChange={(event) =>
                    set(
                      "sections",
                      sections.map((entry, i) =>
                        i === index ? { ...entry, prompt: event.target.value } : entry,
                      ),
                    )
                  }
                />
                <FieldError
                  id={`sections-${index}-prompt-error`}
                  messages={error(`sections.${index}.prompt`)}
                />
              </div>
              <div className="row tight">
                <button
                  type="button"
                  disabled={index === 0}
                  aria-label={`Move section ${index + 1} up`}
                  onClick={() => set("sections", swap(sections, index, index - 1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={index === sections.length - 1}
                  aria-label={`Move section ${index + 1} down`}
                  onClick={() => set("sections", swap(sections, index, index + 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={`Remove section ${index + 1}`}
                  onClick={() =>
                    set(
                      "sections",
                      sections.filter((_, i) => i !== index),
                    )
                  }
                >
                  Remove
                </button>
              </div>
            </div>
          ))}
          <FieldError id="sections-error" messages={error("sections")} />
          <div>
            <button
              type="button"
              onClick={() => set("sections", [...sections, { heading: "", prompt: "" }])}
            >
              + Add section
            </button>
          </div>
        </section>

        <section className="card stack" aria-labelledby="template-agenda">
          <h2 id="template-agenda">Meeting agenda</h2>
          <p className="muted small">
            The time-boxed items a review meeting starts with (now {totalMinutes} minutes in all).
          </p>
          {agenda.map((item, index) => (
            <div key={index} className="row" role="group" aria-label={`Agenda item ${index + 1}`}>
              <div className="field" style={{ flex: 3, minWidth: "12rem" }}>
                <label htmlFor={`agenda-${index}-title`}>Agenda item {index + 1} title</label>
                <input
                  id={`agenda-${index}-title`}
                  value={item.title}
                  aria-invalid={invalid(`agenda.${index}.title`)}
                  onChange={(event) =>
                    set(
                      "agenda",
                      agenda.map((entry, i) =>
                        i === index ? { ...entry, title: event.target.value } : entry,
                      ),
                    )
                  }
                />
                <FieldError
                  id={`agenda-${index}-title-error`}
                  messages={error(`agenda.${index}.title`)}
                />
              </div>
              <div className="field" style={{ flex: 1, minWidth: "6rem" }}>
                <label htmlFor={`agenda-${index}-minutes`}>
                  <span className="sr-only">Agenda item {index + 1} </span>Minutes
                </label>
                <input
                  id={`agenda-${index}-minutes`}
                  type="number"
                  min={1}
                  max={240}
                  value={Number.isNaN(item.minutes) ? "" : item.minutes}
                  aria-invalid={invalid(`agenda.${index}.minutes`)}
                  onChange={(event) =>
                    set(
                      "agenda",
                      agenda.map((entry, i) =>
                        i === index ? { ...entry, minutes: event.target.valueAsNumber } : entry,
                      ),
                    )
                  }
                />
                <FieldError
                  id={`agenda-${index}-minutes-error`}
                  messages={error(`agenda.${index}.minutes`)}
                />
              </div>
              <button
                type="button"
                className="danger"
                style={{ alignSelf: "flex-end" }}
                aria-label={`Remove agenda item ${index + 1}`}
                onClick={() =>
                  set(
                    "agenda",
                    agenda.filter((_, i) => i !== index),
                  )
                }
              >
                Remove
              </button>
            </div>
          ))}
          <FieldError id="agenda-error" messages={error("agenda")} />
          <div>
            <button
              type="button"
              onClick={() => set("agenda", [...agenda, { title: "", minutes: 10 }])}
            >
              + Add agenda item
            </button>
          </div>
        </section>

        <section className="card stack" aria-labelledby="template-questions">
          <h2 id="template-questions">Questions for participants&apos; notes</h2>
          <p className="muted small">
            The question under each section of a “what I knew then” note. Leave one blank to ask the
            usual question, shown as the placeholder.
          </p>
          {NOTE_SECTION_KEYS.map((key) => (
            <div className="field" key={key}>
              <label htmlFor={`question-${key}`}>{NOTE_SECTION_LABELS[key]}</label>
              <input
                id={`question-${key}`}
                value={values.noteQuestions[key]}
                placeholder={NOTE_SECTION_HINTS[key]}
                aria-invalid={invalid(`noteQuestions.${key}`)}
                onChange={(event) =>
                  set("noteQuestions", { ...values.noteQuestions, [key]: event.target.value })
                }
              />
              <FieldError
                id={`noteQuestions-${key}-error`}
                messages={error(`noteQuestions.${key}`)}
              />
            </div>
          ))}
        </section>
      </fieldset>
      <div className="sticky-actions">
        <button type="submit" className="primary" disabled={isSaving}>
          {isSaving ? "Saving…" : props.id ? "Save template" : "Add template"}
        </button>
        <Link href="/admin/templates">Cancel</Link>
        {banner && (
          <span className="banner error" role="alert">
            {banner}
          </span>
        )}
      </div>
    </form>
  );
}

function swap<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}
