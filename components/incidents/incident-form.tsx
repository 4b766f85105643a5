"use client";

// The incident's Overview, as one form. Every save carries the version it started from;
// a newer version on the server opens the conflict view instead of overwriting it. Once the
// incident exists its narrative is co-edited live (CollaborativeNarrative) and saves itself:
// the form neither sends nor overwrites it.
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import { createIncidentAction, updateIncidentAction } from "@/app/incidents/actions";
import { FieldError } from "@/components/forms/field-error";
import { useLeaveGuard } from "@/components/forms/use-leave-guard";
import { ActionItemsEditor } from "@/components/incidents/action-items-editor";
import { useIncidentChanges } from "@/components/live/incident-live";
import { ConflictView } from "@/components/incidents/conflict-view";
import { IncidentBasicsFields } from "@/components/incidents/incident-basics-fields";
import { clearDraft, draftKey, readDraft, writeDraft } from "@/components/incidents/local-draft";
import { NarrativeCard, type NarrativeCollaboration } from "@/components/incidents/narrative-card";
import {
  ParticipantsEditor,
  type ImportedParticipant,
} from "@/components/incidents/participants-editor";
import type { Person } from "@/components/incidents/person";
import { FindingsPanel } from "@/components/language/findings-panel";
import { LanguageContext } from "@/components/language/language-context";
import { PublishReadiness } from "@/components/language/publish-readiness";
import { useLanguageReview } from "@/components/language/use-language-review";
import { TextListEditor } from "@/components/incidents/text-list-editor";
import { TemplatePicker, type TemplateChoice } from "@/components/incidents/template-picker";
import type { SaveIncidentResult } from "@/lib/incidents/save-result";
import type { TeamSettings } from "@/lib/language";
import { incidentInputSchema, type IncidentInput } from "@/lib/incidents/schema";
import { narrativeToText, parseNarrative } from "@/lib/rich-text/narrative";
import { sectionsToNarrative } from "@/lib/templates/template-content";
import { FIELDS_NEED_ATTENTION, fieldErrorsOf } from "@/lib/validation/field-errors";

type Conflict = Extract<SaveIncidentResult, { status: "conflict" }>;

// What an edit sends: everything but the co-edited narrative.
function withoutNarrative(values: IncidentInput): Omit<IncidentInput, "narrative"> {
  const { narrative: _coEdited, ...rest } = values;
  return rest;
}

export function IncidentForm(props: {
  mode: "create" | "edit";
  reference?: string;
  initialValues: IncidentInput;
  version?: number;
  people: Person[];
  canEdit: boolean;
  dismissed?: string[];
  languageSettings?: TeamSettings;
  /** Shown above the language notes, beside the form (similar incidents). */
  aside?: ReactNode;
  /** Edit mode: the narrative is co-edited live as this person. */
  collaboration?: NarrativeCollaboration;
  /** Create mode: the review templates to start from, and the one preselected. */
  templates?: TemplateChoice[];
  initialTemplateId?: string | null;
  /** People of an imported review with no account here, kept by name (read only). */
  importedParticipants?: ImportedParticipant[];
}) {
  const router = useRouter();
  // A published review opens as a document by default: whoever is in the form (with
  // unsaved changes, or having just published) stays in it, by saying so in the URL.
  const refreshInEditView = () => {
    const url = new URL(window.location.href);
    if (props.mode !== "edit" || url.searchParams.get("view") === "edit") return router.refresh();
    url.searchParams.set("view", "edit");
    router.replace(`${url.pathname}${url.search}${url.hash}`, { scroll: false });
  };
  const [values, setValues] = useState(props.initialValues);
  const [base, setBase] = useState(props.initialValues);
  const [baseVersion, setBaseVersion] = useState(props.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [banner, setBanner] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [templateId, setTemplateId] = useState(props.initialTemplateId ?? null);
  const [isNarrativeKept, setNarrativeKept] = useState(false);
  // Bumped when values are replaced wholesale, so inputs that keep their own text reset.
  const [generation, setGeneration] = useState(0);
  // The co-edited narrative as it is now, for the language review only.
  const [liveNarrative, setLiveNarrative] = useState(props.initialValues.narrative);
  const isCoEdited = props.mode === "edit" && props.collaboration !== undefined;
  const reviewed = useMemo(
    () => (isCoEdited ? { ...values, narrative: liveNarrative } : values),
    [isCoEdited, values, liveNarrative],
  );
  const { report, reveal, languageContext } = useLanguageReview(reviewed, {
    reference: props.reference,
    canDismiss: props.mode === "edit" && props.canEdit,
    isEditable: props.canEdit,
    initialDismissed: props.dismissed,
    settings: props.languageSettings,
    onError: (message) => setBanner({ kind: "error", text: message }),
  });

  const set = <K extends keyof IncidentInput>(field: K, value: IncidentInput[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const isDirty = JSON.stringify(values) !== JSON.stringify(base);
  const draftStorageKey = draftKey(props.reference);
  const isCreated = useRef(false);
  // When this page opened with changes kept from an earlier visit, the time they were kept.
  const [restoredFrom, setRestoredFrom] = useState<string | null>(null);
  useLeaveGuard(props.canEdit && isDirty && !isSaving);

  // Unsaved changes from an earlier visit (a reload, a closed tab) come back on open.
  useEffect(() => {
    if (!props.canEdit) return;
    const draft = readDraft(draftStorageKey, props.initialValues);
    if (!draft) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
    setValues(draft.values);
    setBase(draft.base);
    setBaseVersion(draft.baseVersion);
    setGeneration((value) => value + 1);
    setRestoredFrom(draft.savedAt);
    // Only on open: later changes of the server's values must not replace what is typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Every change is kept in this browser, a moment after typing and at once when the page
  // goes away (a reload right after typing must not lose the last words).
  useEffect(() => {
    if (!props.canEdit || !isDirty) return;
    const keep = () => {
      // A created incident's form may still be on screen while the next page loads: what it
      // held is saved, so nothing is kept for the next new incident.
      if (isCreated.current) return;
      writeDraft(draftStorageKey, { savedAt: new Date().toISOString(), baseVersion, base, values });
    };
    const timer = window.setTimeout(keep, 400);
    window.addEventListener("pagehide", keep);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("pagehide", keep);
    };
  }, [props.canEdit, isDirty, draftStorageKey, baseVersion, base, values]);

  // Someone else saved the incident: fetch it again. An untouched form follows the new values
  // (below); one with unsaved changes keeps them, and its save will show what differs.
  useIncidentChanges(["incident"], () => {
    if (isDirty) {
      setBanner({
        kind: "error",
        text: "Someone else just saved changes to this incident. Your changes are kept; saving will show what differs.",
      });
      refreshInEditView();
      return;
    }
    router.refresh();
  });
  useEffect(() => {
    if (props.version === undefined || props.version <= baseVersion || isDirty) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- following the server's newer values
    setValues(props.initialValues);
    setBase(props.initialValues);
    setBaseVersion(props.version);
    setGeneration((value) => value + 1);
    // Only a newer version from the server triggers this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.version]);

  // A new template replaces the narrative only while it holds nothing but the previous
  // template's text: what someone wrote is never thrown away by a change of mind.
  function chooseTemplate(id: string | null) {
    const templateText = (chosenId: string | null) => {
      const template = props.templates?.find((candidate) => candidate.id === chosenId);
      return template ? JSON.stringify(sectionsToNarrative(template.sections)) : "";
    };
    const asText = (json: string) => narrativeToText(parseNarrative(json)).trim();
    const isUntouched = asText(values.narrative) === asText(templateText(templateId));
    setTemplateId(id);
    setNarrativeKept(!isUntouched);
    if (isUntouched) {
      setValues((current) => ({ ...current, narrative: templateText(id) }));
      setGeneration((value) => value + 1);
    }
  }

  function discardDraft() {
    clearDraft(draftStorageKey);
    setValues(props.initialValues);
    setBase(props.initialValues);
    setBaseVersion(props.version ?? 0);
    setGeneration((value) => value + 1);
    setRestoredFrom(null);
    setErrors({});
  }

  async function save(toSave: IncidentInput, versionToSend: number) {
    const parsed = incidentInputSchema.safeParse(toSave);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setBanner({ kind: "error", text: FIELDS_NEED_ATTENTION });
      return;
    }
    setSaving(true);
    setBanner(null);
    try {
      const result =
        props.mode === "create"
          ? await createIncidentAction({ ...toSave, templateId })
          : await updateIncidentAction(props.reference ?? "", {
              baseVersion: versionToSend,
              values: isCoEdited ? withoutNarrative(toSave) : toSave,
            });
      switch (result.status) {
        case "saved":
          setErrors({});
          if (props.mode === "create") isCreated.current = true;
          clearDraft(draftStorageKey);
          setRestoredFrom(null);
          if (props.mode === "create") {
            router.push(`/incidents/${result.reference}`);
            return;
          }
          setBase(toSave);
          setBaseVersion(result.version);
          setBanner({ kind: "ok", text: "Saved." });
          if (toSave.status === "published") refreshInEditView();
          else router.refresh();
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
    // The co-edited narrative is never in conflict: it is the same live document for all.
    const theirs = isCoEdited ? { ...conflict.theirs, narrative: "" } : conflict.theirs;
    return (
      <ConflictView
        base={isCoEdited ? { ...base, narrative: "" } : base}
        mine={isCoEdited ? { ...values, narrative: "" } : values}
        theirs={theirs}
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
            {restoredFrom && (
              <p className="banner warn" role="status" data-testid="draft-restored">
                Restored your unsaved changes from{" "}
                {new Date(restoredFrom).toLocaleString(undefined, {
                  dateStyle: "medium",
                  timeStyle: "short",
                })}
                , kept in this browser. Save to keep them, or{" "}
                <button type="button" className="link" onClick={discardDraft}>
                  discard them
                </button>
                .
              </p>
            )}
            {props.mode === "create" && props.templates && (
              <TemplatePicker
                templates={props.templates}
                value={templateId}
                onChange={chooseTemplate}
                isNarrativeKept={isNarrativeKept}
                errors={error("templateId")}
              />
            )}
            <IncidentBasicsFields values={values} set={set} errors={errors} />

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

            <NarrativeCard
              value={isCoEdited ? liveNarrative : values.narrative}
              onChange={isCoEdited ? setLiveNarrative : (json) => set("narrative", json)}
              canEdit={props.canEdit}
              collaboration={isCoEdited ? props.collaboration : undefined}
              errors={error("narrative")}
            />

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
                imported={props.importedParticipants ?? []}
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
        <div className="overview-aside">
          {props.aside}
          <FindingsPanel
            report={report}
            onReveal={reveal}
            readinessHref={props.reference ? `/incidents/${props.reference}/readiness` : undefined}
          />
        </div>
      </div>
    </LanguageContext.Provider>
  );
}
