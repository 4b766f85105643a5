"use client";

// A note's sections, co-edited live: the author and (for an interview note) the participant
// it is about type into one shared document, each section its own field, with carets and
// names and who is here now. The words save themselves; the form around them keeps the
// moment and "learned later", which save with the note's version check.
import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useMemo } from "react";
import { ConnectionStatus } from "@/components/collab/connection-status";
import { presenceColour } from "@/components/collab/presence-colour";
import { PresenceList } from "@/components/collab/presence-list";
import { useCollabSession, type CollabUser } from "@/components/collab/use-collab-session";
import { NoteSectionFields } from "@/components/models/notes/note-section-fields";
import { noteDocumentName } from "@/lib/collab/document-name";
import type { TeamSettings } from "@/lib/language";
import type { NoteSectionKey, NoteSections } from "@/lib/mental-models/notes/note-sections";

export interface LiveNote {
  incidentId: string;
  noteId: string;
  user: { id: string; name: string };
}

export function LiveNoteSections(props: {
  idPrefix: string;
  live: LiveNote;
  sections: NoteSections;
  /** The incident's template's question under each section (the usual ones otherwise). */
  questions?: Record<NoteSectionKey, string>;
  onChange: (key: NoteSectionKey, value: string) => void;
  settings?: TeamSettings;
}) {
  const user = useMemo<CollabUser>(
    () => ({
      id: props.live.user.id,
      name: props.live.user.name,
      color: presenceColour(props.live.user.id),
    }),
    [props.live.user.id, props.live.user.name],
  );
  const { provider, status, presence } = useCollabSession(
    noteDocumentName(props.live.incidentId, props.live.noteId),
    user,
    "note",
  );
  const isEditable =
    status.kind !== "refused" && !(status.kind === "connected" && status.isReadOnly);

  return (
    <div className="stack collab-note" data-testid="live-note">
      <div className="row collab-bar">
        <ConnectionStatus status={status} />
        <span className="muted small">The words save as you type, for everyone here.</span>
        <span className="spacer" />
        <PresenceList presence={presence} />
      </div>
      {provider ? (
        <NoteSectionFields
          idPrefix={props.idPrefix}
          sections={props.sections}
          questions={props.questions}
          settings={props.settings}
          onChange={props.onChange}
          live={{ provider: provider satisfies HocuspocusProvider, user, isEditable }}
        />
      ) : (
        <div className="language-editor-content collab-loading" aria-busy="true">
          <p className="muted">Opening the note…</p>
        </div>
      )}
    </div>
  );
}
