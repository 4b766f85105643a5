"use client";

// Writes a new note or edits one. A new note's words save with the form. An existing
// note's words are co-edited live (the author and, for an interview note, the participant
// it is about) and save themselves; the form then saves the moment and "learned later",
// each save carrying the version it started from, so a newer version opens the conflict
// view instead of overwriting it. Unsaved form values are kept in this browser and the
// page asks before they are left behind.
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import {
  createNoteAction,
  updateNoteAction,
} from "@/app/incidents/[reference]/models/notes-actions";
import { FieldError } from "@/components/forms/field-error";
import { useLeaveGuard } from "@/components/forms/use-leave-guard";
import { AnchorPicker, type AnchorEvent } from "@/components/models/notes/anchor-picker";
import { LiveNoteSections, type LiveNote } from "@/components/models/notes/live-note-sections";
import { NoteConflictView } from "@/components/models/notes/note-conflict-view";
import {
  clearNoteDraft,
  noteDraftKey,
  readNoteDraft,
  writeNoteDraft,
} from "@/components/models/notes/note-draft";
import { VISIBILITY_CHOICES } from "@/components/models/notes/note-labels";
import { NoteSectionFields } from "@/components/models/notes/note-section-fields";
import type { TeamSettings } from "@/lib/language";
import {
  noteEditValuesSchema,
  noteValuesSchema,
  type NoteValuesInput,
} from "@/lib/mental-models/notes/note-input";
import type { NoteSectionKey } from "@/lib/mental-models/notes/note-sections";
import type { SaveNoteResult } from "@/lib/mental-models/notes/note-view";
import { MODEL_VISIBILITIES, type ModelVisibility } from "@/lib/mental-models/visibility";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

type Conflict = Extract<SaveNoteResult, { status: "conflict" }>;

export function NoteEditor(props: {
  reference: string;
  timeZone: string;
  /** The note being edited, or null for a new one. */
  note: { id: string; version: number; kind: "own" | "interview"; subjectName: string } | null;
  initialValues: NoteValuesInput;
  initialEvent: AnchorEvent | null;
  interviewees: { id: string; name: string }[];
  /** The question under each section (from the incident's review template). */
  questions?: Record<NoteSectionKey, string>;
  settings?: TeamSettings;
  /**
   * An existing note's words are co-edited live. `wordsOnly`: the participant of an
   * interview note, who edits the words and nothing else.
   */
  live?: LiveNote & { wordsOnly: boolean };
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const router = useRouter();
  const idPrefix = props.note ? `note-${props.note.id}` : "new-note";
  const [values, setValues] = useState(props.initialValues);
  const [base, setBase] = useState(props.initialValues);
  const [baseVersion, setBaseVersion] = useState(props.note?.version ?? 0);
  const [event, setEvent] = useState(props.initialEvent);
  const [kind, setKind] = useState<"own" | "interview">("own");
  const [subjectId, setSubjectId] = useState("");
  const [visibility, setVisibility] = useState<ModelVisibility>("private");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [restoredFrom, setRestoredFrom] = useState<string | null>(null);
  // Bumped when values are replaced wholesale, so the editors start again from them.
  const [generation, setGeneration] = useState(0);
  const draftKey = noteDraftKey(props.reference, props.note?.id ?? null);
  const live = props.note ? props.live : undefined;
  // Live words are saved as they are typed: only the form's own fields can be unsaved.
  const formPart = (of: NoteValuesInput) => JSON.stringify(live ? { ...of, sections: null } : of);
  const isDirty = formPart(values) !== formPart(base);
  useLeaveGuard(isDirty && !isSaving);

  // Unsaved words from an earlier visit come back on open.
  useEffect(() => {
    const draft = readNoteDraft(draftKey, props.initialValues);
    if (!draft) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
    setValues({
      ...draft.values,
      // The shared document holds the words of a live note, not this browser's copy.
      ...(live ? { sections: props.initialValues.sections } : {}),
      timeZone: props.timeZone,
    });
    setBase(draft.base);
    setBaseVersion(draft.baseVersion);
    setGeneration((value) => value + 1);
    setRestoredFrom(draft.savedAt);
    // Only on open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Every change is kept in this browser a moment after typing, and when the page goes away.
  useEffect(() => {
    if (!isDirty) return;
    const keep = () =>
      writeNoteDraft(draftKey, { savedAt: new Date().toISOString(), baseVersion, base, values });
    const timer = window.setTimeout(keep, 400);
    window.addEventListener("pagehide", keep);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("pagehide", keep);
    };
  }, [isDirty, draftKey, baseVersion, base, values]);

  const isInterview = kind === "interview";
  const setSection = (key: NoteSectionKey, value: string) =>
    setValues((current) => ({ ...current, sections: { ...current.sections, [key]: value } }));

  async function save(toSave: NoteValuesInput, versionToSend: number) {
    const parsed = live
      ? noteEditValuesSchema.safeParse({ ...toSave, sections: undefined })
      : noteValuesSchema.safeParse(toSave);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setBanner("Some fields need attention.");
      return;
    }
    setSaving(true);
    setBanner(null);
    try {
      const result = props.note
        ? await updateNoteAction(props.reference, {
            noteId: props.note.id,
            baseVersion: versionToSend,
            values: live ? { ...toSave, sections: undefined } : toSave,
          })
        : await createNoteAction(props.reference, {
            kind,
            subjectId: isInterview ? subjectId : null,
            visibility: isInterview ? "private" : visibility,
            values: toSave,
          });
      switch (result.status) {
        case "saved":
          clearNoteDraft(draftKey);
          setBase(toSave);
          setBaseVersion(result.version);
          router.refresh();
          props.onDone(props.note ? "Note saved." : "Note added.");
          return;
        case "conflict":
          setConflict(result);
          return;
        case "invalid":
        case "error":
          setErrors(result.fieldErrors);
          setBanner(result.message);
          return;
      }
    } catch {
      setBanner("Could not reach the server. Your words are still here; try again.");
    } finally {
      setSaving(false);
    }
  }

  function onSubmit(submitEvent: FormEvent<HTMLFormElement>) {
    submitEvent.preventDefault();
    void save(values, baseVersion);
  }

  if (conflict) {
    return (
      <NoteConflictView
        base={base}
        // Live words are the same for everyone: only the form's fields can disagree.
        mine={live ? { ...values, sections: conflict.theirs.sections } : values}
        theirs={conflict.theirs}
        updatedBy={conflict.updatedBy}
        onCancel={() => setConflict(null)}
        onResolve={(merged) => {
          setValues(merged);
          setBase(conflict.theirs);
          setBaseVersion(conflict.version);
          setConflict(null);
          setGeneration((value) => value + 1);
          void save(merged, conflict.version);
        }}
      />
    );
  }

  return (
    <form
      className="card stack note-editor"
      onSubmit={onSubmit}
      noValidate
      aria-label={props.note ? "Edit note" : "New note"}
      key={generation}
    >
      <h2>
        {props.note ? (live?.wordsOnly ? "Correct the words" : "Edit note") : "What I knew then"}
      </h2>
      <p className="muted small">
        {live?.wordsOnly
          ? "Change anything that is not how you saw it. Confirm the note once it is right."
          : "Write from inside the moment: what you saw, believed and did, and why it made sense then. Every section is optional."}
      </p>
      {restoredFrom && (
        <p className="banner warn" role="status" data-testid="note-draft-restored">
          Restored your unsaved words from {new Date(restoredFrom).toLocaleString()}, kept in this
          browser. Save to keep them, or{" "}
          <button
            type="button"
            className="link"
            onClick={() => {
              clearNoteDraft(draftKey);
              setValues(props.initialValues);
              setBase(props.initialValues);
              setBaseVersion(props.note?.version ?? 0);
              setRestoredFrom(null);
              setGeneration((value) => value + 1);
            }}
          >
            discard them
          </button>
          .
        </p>
      )}
      {!props.note && props.interviewees.length > 0 && (
        <fieldset className="note-kind">
          <legend>Whose knowledge is this?</legend>
          <label className="check">
            <input
              type="radio"
              name="note-kind"
              checked={!isInterview}
              onChange={() => setKind("own")}
            />
            My own
          </label>
          <label className="check">
            <input
              type="radio"
              name="note-kind"
              checked={isInterview}
              onChange={() => setKind("interview")}
            />
            From a 1:1 conversation with a participant
          </label>
          {isInterview && (
            <div className="field">
              <label htmlFor="note-subject">Participant</label>
              <select
                id="note-subject"
                value={subjectId}
                onChange={(change) => setSubjectId(change.target.value)}
                aria-invalid={errors.subjectId ? true : undefined}
              >
                <option value="">Choose…</option>
                {props.interviewees.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
              <p className="muted small">
                It stays between you and them until they confirm it (“that&rsquo;s right”); only
                then can you share it.
              </p>
              <FieldError id="note-subject-error" messages={errors.subjectId} />
            </div>
          )}
        </fieldset>
      )}
      {!live?.wordsOnly && (
        <AnchorPicker
          idPrefix={idPrefix}
          reference={props.reference}
          timeZone={props.timeZone}
          value={values}
          event={event}
          onChange={(anchor, chosen) => {
            setValues((current) => ({ ...current, ...anchor }));
            if (chosen) setEvent(chosen);
          }}
          errors={errors}
        />
      )}
      {live ? (
        <LiveNoteSections
          idPrefix={idPrefix}
          live={live}
          sections={values.sections}
          questions={props.questions}
          settings={props.settings}
          onChange={setSection}
        />
      ) : (
        <NoteSectionFields
          idPrefix={idPrefix}
          sections={values.sections}
          questions={props.questions}
          settings={props.settings}
          onChange={setSection}
        />
      )}
      <FieldError id={`${idPrefix}-sections-error`} messages={errors.sections} />
      {!live?.wordsOnly && (
        <label className="check">
          <input
            type="checkbox"
            checked={values.learnedLater}
            onChange={(change) =>
              setValues((current) => ({ ...current, learnedLater: change.target.checked }))
            }
          />
          All of this is something I learned later, not what I knew then
        </label>
      )}
      {!props.note && !isInterview && (
        <div className="field">
          <label htmlFor="note-visibility">Who can read it</label>
          <select
            id="note-visibility"
            value={visibility}
            onChange={(change) => setVisibility(change.target.value as ModelVisibility)}
          >
            {MODEL_VISIBILITIES.map((choice) => (
              <option key={choice} value={choice}>
                {choice === "private" ? "Only me (private)" : VISIBILITY_CHOICES[choice]}
              </option>
            ))}
          </select>
          <p className="muted small">You can change this at any time; private withdraws it.</p>
          <FieldError id="note-visibility-error" messages={errors.visibility} />
        </div>
      )}
      {live?.wordsOnly ? (
        <div className="row">
          <button
            type="button"
            className="primary"
            onClick={() => props.onDone("Your changes are saved.")}
          >
            Done
          </button>
        </div>
      ) : (
        <div className="row">
          {live && !isDirty ? (
            <button
              type="button"
              className="primary"
              onClick={() => props.onDone("Your words are saved.")}
            >
              Done
            </button>
          ) : (
            <button type="submit" className="primary" disabled={isSaving}>
              {isSaving ? "Saving…" : props.note ? "Save note" : "Add note"}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              if (isDirty && !window.confirm("Discard the words you have not saved?")) return;
              clearNoteDraft(draftKey);
              props.onCancel();
            }}
          >
            Cancel
          </button>
          {isDirty && !isSaving && <span className="muted small">Unsaved changes</span>}
          {banner && (
            <span className="banner error" role="alert">
              {banner}
            </span>
          )}
        </div>
      )}
    </form>
  );
}
