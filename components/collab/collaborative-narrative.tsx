"use client";

// The incident's narrative, co-edited live: everyone with the page open types into one
// shared document (Yjs through the app's /collab endpoint), sees each other's carets with
// names, and who is here now. It saves itself; it is not part of the form's save. Viewers
// get the same live document, read-only. Language findings work as in any LanguageEditor.
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { useMemo, type Ref } from "react";
import { ConnectionStatus } from "@/components/collab/connection-status";
import { PresenceList } from "@/components/collab/presence-list";
import { presenceColour } from "@/components/collab/presence-colour";
import { useCollabSession } from "@/components/collab/use-collab-session";
import type { PlacedFinding } from "@/components/language/findings-extension";
import { LanguageEditor, type LanguageEditorHandle } from "@/components/language/language-editor";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import { narrativeDocumentName } from "@/lib/collab/document-name";
import type { TeamSettings } from "@/lib/language";

export interface CollaborativeNarrativeProps {
  incidentId: string;
  user: { id: string; name: string };
  canEdit: boolean;
  /** The document's JSON after each change, for the language review beside it. */
  onChange: (json: string) => void;
  editorRef?: Ref<LanguageEditorHandle>;
  dismissed: ReadonlySet<string>;
  settings?: TeamSettings;
  onDismiss?: (finding: PlacedFinding, reason: string) => void;
  labelledBy: string;
}

export function CollaborativeNarrative(props: CollaborativeNarrativeProps) {
  const user = useMemo(
    () => ({ id: props.user.id, name: props.user.name, color: presenceColour(props.user.id) }),
    [props.user.id, props.user.name],
  );
  const { provider, status, presence } = useCollabSession(
    narrativeDocumentName(props.incidentId),
    user,
  );
  const isReadOnly =
    !props.canEdit ||
    (status.kind === "connected" && status.isReadOnly) ||
    status.kind === "refused";

  return (
    <div className="stack collab-narrative">
      <div className="row collab-bar">
        <ConnectionStatus status={status} />
        <span className="spacer" />
        <PresenceList presence={presence} />
      </div>
      {provider ? (
        <NarrativeEditor {...props} provider={provider} user={user} isEditable={!isReadOnly} />
      ) : (
        <div className="language-editor-content collab-loading" aria-busy="true">
          <p className="muted">Opening the narrative…</p>
        </div>
      )}
    </div>
  );
}

// Mounted once the provider exists: the editor's extensions are fixed at creation.
function NarrativeEditor({
  editorRef,
  provider,
  user,
  isEditable,
  onChange,
  dismissed,
  settings,
  onDismiss,
  labelledBy,
}: CollaborativeNarrativeProps & {
  provider: HocuspocusProvider;
  user: { id: string; name: string; color: string };
  isEditable: boolean;
}) {
  const collaboration = useMemo(
    () => [
      Collaboration.configure({ document: provider.document }),
      CollaborationCaret.configure({ provider, user }),
    ],
    [provider, user],
  );
  return (
    <LanguageEditor
      ref={editorRef}
      id="narrative"
      variant="rich"
      section="narrative"
      value=""
      onChange={onChange}
      dismissed={dismissed}
      settings={settings}
      onDismiss={onDismiss}
      isEditable={isEditable}
      label={{ labelledBy }}
      collaboration={collaboration}
    />
  );
}
