"use client";

// The five guided sections of a note, each a rich-text editor with the same in-place
// language prompts as the narrative, and a way to mark words as "learned later". Live, each
// section is one field of the note's shared document.
import type { HocuspocusProvider } from "@hocuspocus/provider";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import type { Extensions } from "@tiptap/core";
import { useRef, useState } from "react";
import type { CollabUser } from "@/components/collab/use-collab-session";
import type { PlacedFinding } from "@/components/language/findings-extension";
import { LanguageEditor, type LanguageEditorHandle } from "@/components/language/language-editor";
import type { TeamSettings } from "@/lib/language";
import {
  normalizeNoteSection,
  NOTE_SECTION_HINTS,
  NOTE_SECTION_KEYS,
  NOTE_SECTION_LABELS,
  type NoteSectionKey,
  type NoteSections,
} from "@/lib/mental-models/notes/note-sections";
import { LEARNED_LATER_MARK } from "@/lib/rich-text/learned-later-mark";

export function NoteSectionFields(props: {
  idPrefix: string;
  sections: NoteSections;
  /** The question under each section; the usual ones when the template sets none. */
  questions?: Record<NoteSectionKey, string>;
  onChange: (key: NoteSectionKey, value: string) => void;
  settings?: TeamSettings;
  /** Co-editing: the note's shared document, and whether this person may write in it. */
  live?: { provider: HocuspocusProvider; user: CollabUser; isEditable: boolean };
}) {
  const { live } = props;
  // The Collaboration extensions of each section, made once: an editor's list is fixed.
  const [collaboration] = useState(() =>
    live
      ? (Object.fromEntries(
          NOTE_SECTION_KEYS.map((key) => [
            key,
            [
              Collaboration.configure({ document: live.provider.document, field: key }),
              CollaborationCaret.configure({ provider: live.provider, user: live.user }),
            ],
          ]),
        ) as Record<NoteSectionKey, Extensions>)
      : null,
  );
  const editors = useRef(new Map<NoteSectionKey, LanguageEditorHandle>());
  // Dismissed prompts last while the note is open: they are about this person's own words.
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());
  const dismiss = (finding: PlacedFinding) =>
    setDismissed((current) => new Set([...current, finding.fingerprint]));

  return (
    <div className="note-sections stack">
      {NOTE_SECTION_KEYS.map((key) => {
        const id = `${props.idPrefix}-${key}`;
        return (
          <div className="note-section-field" key={key}>
            <div className="note-section-heading">
              <h3 id={`${id}-label`}>{NOTE_SECTION_LABELS[key]}</h3>
              <button
                type="button"
                className="link small"
                // Keep the editor's selection: the button must not take focus first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => editors.current.get(key)?.toggleMark(LEARNED_LATER_MARK)}
                title="Select words first: they will be shown as known only after the fact"
              >
                Mark selection as learned later
              </button>
            </div>
            <p className="muted small" id={`${id}-hint`}>
              {(props.questions ?? NOTE_SECTION_HINTS)[key]}
            </p>
            <LanguageEditor
              ref={(handle) => {
                if (handle) editors.current.set(key, handle);
                else editors.current.delete(key);
              }}
              id={id}
              variant="note"
              section="note"
              value={props.sections[key]}
              // Stored form: an editor's empty document is "", and a document compares
              // equal to the saved one when only the editor's representation differs.
              onChange={(value) => props.onChange(key, normalizeNoteSection(value))}
              dismissed={dismissed}
              settings={props.settings}
              onDismiss={dismiss}
              isEditable={live ? live.isEditable : true}
              collaboration={collaboration?.[key]}
              label={{ labelledBy: `${id}-label` }}
            />
          </div>
        );
      })}
    </div>
  );
}
