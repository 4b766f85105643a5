"use client";

// The incident's Overview, as one form. Every save carries the version it started from;
// a newer version on the server opens the conflict view instead of overwriting it.
import { useRouter } from "next/navigation";
import { useDeferredValue, useMemo, useRef, useState, type FormEvent } from "react";
import {
  createIncidentAction,
  dismissFindingAction,
  updateIncidentAction,
} from "@/app/incidents/actions";
import { FieldError } from "@/components/forms/field-error";
import { ActionItemsEditor } from "@/components/incidents/action-items-editor";
import { ConflictView } from "@/components/incidents/conflict-view";
import { LabelListInput } from "@/components/incidents/label-list-input";
import { ParticipantsEditor } from "@/components/incidents/participants-editor";
import type { Person } from "@/components/incidents/person";
import { FindingsPanel } from "@/components/language/findings-panel";
import type { PlacedFinding } from "@/components/language/findings-extension";
import { LanguageContext, type LanguageFieldContext } from "@/components/language/language-context";
import { LanguageEditor, type LanguageEditorHandle } from "@/components/language/language-editor";
import { PublishReadiness } from "@/components/language/publish-readiness";
import { buildReadinessReport, type LocatedFinding } from "@/lib/language-review/readiness";
import { narrativeBlocks, parseNarrative } from "@/lib/rich-text/narrative";
import { TextListEditor } from "@/components/incidents/text-list-editor";
import type { SaveIncidentResult } from "@/lib/incidents/save-result";
import {
  fieldErrorsFrom,
  incidentInputSchema,
  SEVERITIES,
  SEVERITY_LABELS,
  STATUSES,
  STATUS_LABELS,
  type IncidentInput,
} from "@/lib/incidents/schema";

type Conflict = Extract<SaveIncidentResult, { status: "conflict" }>;
const MILESTONES = [
  ["startedAt", "Started"],
  ["detectedAt", "Detected"],
  ["mitigatedAt", "Mitigated"],
  ["resolvedAt", "Resolved"],
] as const;

export function IncidentForm(props: {
  mode: "create" | "edit";
  reference?: string;
  initialValues: IncidentInput;
  version?: number;
  people: Person[];
  canEdit: boolean;
  dismissed?: string[];
}) {
  const router = useRouter();
  const [values, setValues] = useState(props.initialValues);
  const [base, setBase] = useState(props.initialValues);
  const [baseVersion, setBaseVersion] = useState(props.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [banner, setBanner] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [isSaving, setSaving] = useState(false);
  // Bumped when values are replaced wholesale, so inputs that keep their own text reset.
  const [generation, setGeneration] = useState(0);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(
    () => new Set(props.dismissed ?? []),
  );
  // Every language-aware editor in the form, by element id, for the side panel's links.
  const editors = useRef(new Map<string, LanguageEditorHandle>());
  // Language analysis of every text, a beat behind typing so keystrokes stay smooth.
  const deferredValues = useDeferredValue(values);
  const report = useMemo(
    () =>
      buildReadinessReport(
        {
          narrativeBlocks: narrativeBlocks(parseNarrative(deferredValues.narrative), true),
          summary: deferredValues.summary,
          impact: deferredValues.impact,
          contributingFactors: deferredValues.contributingFactors,
          luckyNotes: deferredValues.luckyNotes,
          actionItems: deferredValues.actionItems.map((item) => item.title),
        },
        dismissed,
      ),
    [deferredValues, dismissed],
  );

  async function dismiss(finding: PlacedFinding, reason: string) {
    if (!props.reference) return;
    const result = await dismissFindingAction({
      reference: props.reference,
      fingerprint: finding.fingerprint,
      ruleId: finding.ruleId,
      excerpt: finding.excerpt,
      reason,
    });
    if (result.status === "error") {
      setBanner({ kind: "error", text: result.message });
      return;
    }
    setDismissed((current) => new Set([...current, finding.fingerprint]));
  }

  function reveal(finding: LocatedFinding) {
    const id =
      finding.field === "actionItems"
        ? `actionItems-${finding.index}-title`
        : ["summary", "impact", "narrative"].includes(finding.field)
          ? finding.field
          : `${finding.field}-${finding.index}`;
    const editor = editors.current.get(id);
    if (editor) {
      editor.reveal(finding.fingerprint, finding.field === "narrative" ? finding.start : undefined);
      return;
    }
    const element = document.getElementById(id);
    if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
      element.focus();
      element.setSelectionRange(finding.start, finding.end);
    }
  }

  const languageContext: LanguageFieldContext = {
    dismissed,
    onDismiss:
      props.mode === "edit" && props.canEdit
        ? (finding, reason) => void dismiss(finding, reason)
        : undefined,
    register: (id, handle) => {
      if (handle) editors.current.set(id, handle);
      else editors.current.delete(id);
    },
    isEditable: props.canEdit,
  };

  const set = <K extends keyof IncidentInput>(field: K, value: IncidentInput[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const isDirty = JSON.stringify(values) !== JSON.stringify(base);

  async function save(toSave: IncidentInput, versionToSend: number) {
    const parsed = incidentInputSchema.safeParse(toSave);
    if (!parsed.success) {
      setErrors(fieldErrorsFrom(parsed.error));
      setBanner({ kind: "error", text: "Some fields need attention." });
      return;
    }
    setSaving(true);
    setBanner(null);
    try {
      const result =
        props.mode === "create"
          ? await createIncidentAction(toSave)
          : await updateIncidentAction({
              reference: props.reference,
              baseVersion: versionToSend,
              values: toSave,
            });
      switch (result.status) {
        case "saved":
          setErrors({});
          if (props.mode === "create") {
            router.push(`/incidents/${result.reference}`);
            return;
          }
          setBase(toSave);
          setBaseVersion(result.version);
          setBanner({ kind: "ok", text: "Saved." });
          router.refresh();
          return;
        case "conflict":
          setConflict(result);
          return;
        case "invalid":
          setErrors(result.fieldErrors);
          setBanner({ kind: "error", text: result.message });
          return;
        case "error":
          setErrors(result.fieldErrors);
          setBanner({ kind: "error", text: result.message });
          return;
      }
    } catch {
      setBanner({
        kind: "error",
        text: "Could not reach the server. Your changes are still here; try again.",
      });
    } finally {
      setSaving(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(values, baseVersion);
  }

  function resolveConflict(merged: IncidentInput) {
    if (!conflict) return;
    setValues(merged);
    setBase(conflict.theirs);
    setBaseVersion(conflict.version);
    setConflict(null);
    setGeneration((value) => value + 1);
    void save(merged, conflict.version);
  }

  const error = (field: string) => errors[field];
  const invalid = (field: string) => (errors[field] ? true : undefined);

  if (conflict) {
    return (
      <ConflictView
        base={base}
        mine={values}
        theirs={conflict.theirs}
        updatedBy={conflict.updatedBy}
        updatedAt={conflict.updatedAt}
        people={props.people}
        onResolve={resolveConflict}
        onCancel={() => setConflict(null)}
      />
    );
  }

  return (
    <LanguageContext.Provider value={languageContext}>
      <div className="overview-layout">
        <form onSubmit={onSubmit} noValidate aria-label="Incident overview" key={generation}>
          <fieldset
            disabled={!props.canEdit || isSaving}
            style={{ border: "none", padding: 0, margin: 0 }}
            className="stack"
          >
            {!props.canEdit && (
              <p className="banner">You can read this incident; viewers cannot change it.</p>
            )}
            <div className="card stack">
              <div className="field">
                <label htmlFor="title">Title</label>
                <input
                  id="title"
                  value={values.title}
                  onChange={(event) => set("title", event.target.value)}
                  aria-invalid={invalid("title")}
                  aria-describedby="title-error"
                  placeholder="e.g. Checkout failures after ledger pool change"
                />
                <FieldError id="title-error" messages={error("title")} />
              </div>
              <div className="grid-4">
                <div className="field">
                  <label htmlFor="severity">Severity</label>
                  <select
                    id="severity"
                    value={values.severity}
                    onChange={(event) =>
                      set("severity", event.target.value as IncidentInput["severity"])
                    }
                  >
                    {SEVERITIES.map((severity) => (
                      <option key={severity} value={severity}>
                        {SEVERITY_LABELS[severity]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="status">Status</label>
                  <select
                    id="status"
                    value={values.status}
                    onChange={(event) =>
                      set("status", event.target.value as IncidentInput["status"])
                    }
                  >
                    {STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {STATUS_LABELS[status]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="visibility">Visibility</label>
                  <select
                    id="visibility"
                    value={values.visibility}
                    onChange={(event) =>
                      set("visibility", event.target.value as IncidentInput["visibility"])
                    }
                  >
                    <option value="workspace">Whole workspace</option>
                    <option value="restricted">Restricted to participants and admins</option>
                  </select>
                </div>
              </div>
              <div className="grid-4">
                {MILESTONES.map(([field, label]) => (
                  <div className="field" key={field}>
                    <label htmlFor={field}>
                      {label} <span className="hint">({values.timeZone})</span>
                    </label>
                    <input
                      id={field}
                      type="datetime-local"
                      value={values[field]}
                      onChange={(event) => set(field, event.target.value)}
                      aria-invalid={invalid(field)}
                      aria-describedby={`${field}-error`}
                    />
                    <FieldError id={`${field}-error`} messages={error(field)} />
                  </div>
                ))}
              </div>
              <div className="grid-2">
                <div className="field">
                  <label htmlFor="services">
                    Affected services <span className="hint">comma-separated</span>
                  </label>
                  <LabelListInput
                    id="services"
                    value={values.services}
                    onChange={(list) => set("services", list)}
                    placeholder="payments-api, ledger-db"
                    invalid={Boolean(error("services"))}
                  />
                  <FieldError id="services-error" messages={error("services")} />
                </div>
                <div className="field">
                  <label htmlFor="tags">
                    Tags <span className="hint">comma-separated</span>
                  </label>
                  <LabelListInput
                    id="tags"
                    value={values.tags}
                    onChange={(list) => set("tags", list)}
                    placeholder="feature-flag, database"
                    invalid={Boolean(error("tags"))}
                  />
                  <FieldError id="tags-error" messages={error("tags")} />
                </div>
              </div>
            </div>

            <div className="card stack">
              <div className="field">
                <label htmlFor="impact">Impact</label>
                <textarea
                  id="impact"
                  value={values.impact}
                  onChange={(event) => set("impact", event.target.value)}
                  placeholder="Who was affected, how, and for how long?"
                  aria-invalid={invalid("impact")}
                />
                <FieldError id="impact-error" messages={error("impact")} />
              </div>
              <div className="field">
                <label htmlFor="summary">Summary</label>
                <textarea
                  id="summary"
                  value={values.summary}
                  onChange={(event) => set("summary", event.target.value)}
                  style={{ minHeight: "8rem" }}
                  placeholder="What happened, told from the inside: what people saw and why their actions made sense at the time."
                  aria-invalid={invalid("summary")}
                />
                <FieldError id="summary-error" messages={error("summary")} />
              </div>
            </div>

            <div className="card stack">
              <h2 id="narrative-label">Narrative</h2>
              <p className="muted small">
                The story, told from the inside: what people saw, what they expected, and why their
                actions made sense at the time.
              </p>
              <LanguageEditor
                ref={(handle) => languageContext.register("narrative", handle)}
                id="narrative"
                variant="rich"
                section="narrative"
                value={values.narrative}
                onChange={(json) => set("narrative", json)}
                dismissed={dismissed}
                onDismiss={languageContext.onDismiss}
                isEditable={props.canEdit}
                label={{ labelledBy: "narrative-label" }}
              />
              <FieldError id="narrative-error" messages={error("narrative")} />
            </div>

            <div className="card stack">
              <h2>Contributing factors</h2>
              <p className="muted small">
                Incidents have several contributing factors, never one root cause. Name the
                conditions in the system that made this possible.
              </p>
              <TextListEditor
                name="contributingFactors"
                label="Contributing factor"
                section="factor"
                items={values.contributingFactors}
                onChange={(items) => set("contributingFactors", items)}
                addLabel="Add contributing factor"
                placeholder="No contributing factors yet."
                errors={errors}
              />
            </div>

            <div className="card stack">
              <h2>Where we got lucky</h2>
              <TextListEditor
                name="luckyNotes"
                label="Lucky note"
                section="lucky"
                items={values.luckyNotes}
                onChange={(items) => set("luckyNotes", items)}
                addLabel="Add where we got lucky"
                placeholder="Nothing noted yet: what limited the damage by chance rather than by design?"
                errors={errors}
              />
            </div>

            <div className="card stack">
              <h2>Action items</h2>
              <ActionItemsEditor
                items={values.actionItems}
                onChange={(items) => set("actionItems", items)}
                people={props.people}
                errors={errors}
              />
            </div>

            <div className="card stack">
              <h2>Participants</h2>
              <ParticipantsEditor
                participants={values.participants}
                onChange={(list) => set("participants", list)}
                people={props.people}
                errors={errors}
              />
            </div>
          </fieldset>

          {props.canEdit && values.status === "published" && base.status !== "published" && (
            <PublishReadiness
              report={report}
              href={props.reference ? `/incidents/${props.reference}/readiness` : undefined}
            />
          )}
          {props.canEdit && (
            <div className="sticky-actions">
              <button type="submit" className="primary" disabled={isSaving}>
                {isSaving
                  ? "Saving…"
                  : props.mode === "create"
                    ? "Create incident"
                    : "Save changes"}
              </button>
              {isDirty && !isSaving && <span className="muted small">Unsaved changes</span>}
              {banner && (
                <span
                  className={`banner ${banner.kind}`}
                  role={banner.kind === "error" ? "alert" : "status"}
                >
                  {banner.text}
                </span>
              )}
            </div>
          )}
        </form>
        <FindingsPanel
          report={report}
          onReveal={reveal}
          readinessHref={props.reference ? `/incidents/${props.reference}/readiness` : undefined}
        />
      </div>
    </LanguageContext.Provider>
  );
}
