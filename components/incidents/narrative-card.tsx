"use client";

// The Overview's narrative card. While an incident is being created the narrative is a
// field of the form; once it exists it is co-edited live (CollaborativeNarrative) and saves
// itself, outside the form's save.
import dynamic from "next/dynamic";
import { useContext } from "react";
import { FieldError } from "@/components/forms/field-error";
import { LanguageContext } from "@/components/language/language-context";
import { LanguageEditor } from "@/components/language/language-editor";
import { formatCount, NARRATIVE_MAX_CHARACTERS } from "@/lib/input-limits";

// Browser only: the co-editing client (Yjs, the WebSocket) has nothing to render on the
// server, and loading it there put a second Yjs beside the collaboration endpoint's.
const CollaborativeNarrative = dynamic(
  () =>
    import("@/components/collab/collaborative-narrative").then(
      (module) => module.CollaborativeNarrative,
    ),
  {
    ssr: false,
    loading: () => (
      <div className="language-editor-content collab-loading" aria-busy="true">
        <p className="muted">Opening the narrative…</p>
      </div>
    ),
  },
);

export interface NarrativeCollaboration {
  incidentId: string;
  user: { id: string; name: string };
}

export function NarrativeCard(props: {
  /** The narrative's JSON: the form's value, or the live document's latest. */
  value: string;
  onChange: (json: string) => void;
  canEdit: boolean;
  /** Set once the incident exists: co-edit live instead of a form field. */
  collaboration?: NarrativeCollaboration;
  errors?: string[];
}) {
  const language = useContext(LanguageContext);
  const register = (handle: Parameters<typeof language.register>[1]) =>
    language.register("narrative", handle);
  return (
    <div className="card stack">
      <h2 id="narrative-label">Narrative</h2>
      <p className="muted small">
        The story, told from the inside: what people saw, what they expected, and why their actions
        made sense at the time.
      </p>
      {props.collaboration ? (
        <CollaborativeNarrative
          incidentId={props.collaboration.incidentId}
          user={props.collaboration.user}
          canEdit={props.canEdit}
          onChange={props.onChange}
          editorRef={register}
          dismissed={language.dismissed}
          settings={language.settings}
          onDismiss={language.onDismiss}
          labelledBy="narrative-label"
        />
      ) : (
        <LanguageEditor
          ref={register}
          id="narrative"
          variant="rich"
          section="narrative"
          value={props.value}
          onChange={props.onChange}
          dismissed={language.dismissed}
          settings={language.settings}
          onDismiss={language.onDismiss}
          isEditable={props.canEdit}
          label={{ labelledBy: "narrative-label" }}
        />
      )}
      <p className="muted small" data-testid="narrative-limit">
        At most {formatCount(NARRATIVE_MAX_CHARACTERS)} characters, formatting included (now{" "}
        {formatCount(props.value.length)}).
        {props.collaboration && " Saved as you type, for everyone."}
      </p>
      <FieldError id="narrative-error" messages={props.errors} />
    </div>
  );
}
