"use client";

// A tiptap editor with in-place language findings: the rich narrative, or a plain-text
// field (contributing factor, lucky note, action item). Hovering an underline, or moving
// the caret into one, opens its card; Escape closes it.
import { Extension, type Extensions } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from "react";
import { FindingCard } from "@/components/language/finding-card";
import {
  BlamelessLanguage,
  findingsPluginKey,
  type PlacedFinding,
} from "@/components/language/findings-extension";
import type { Section, TeamSettings } from "@/lib/language";
import {
  collaborativeNoteTextExtensions,
  collaborativeRichTextExtensions,
  noteTextExtensions,
  plainTextExtensions,
  plainTextToDoc,
  richTextExtensions,
} from "@/lib/rich-text/extensions";
import { NOTE_MARK_TYPES, parseNarrative } from "@/lib/rich-text/narrative";

export interface LanguageEditorHandle {
  /** Selects the finding (matched by fingerprint, and by offset when given) and opens its card. */
  reveal: (fingerprint: string, start?: number) => void;
  /** Turns a mark of the extension list on or off for the selection ("learned later"). */
  toggleMark: (name: string) => void;
}

// rich: the narrative; note: a note section (the narrative's list plus "learned later");
// plain: one short text.
const EXTENSIONS = {
  rich: richTextExtensions,
  note: noteTextExtensions,
  plain: plainTextExtensions,
};

interface CardState {
  finding: PlacedFinding;
  top: number;
  left: number;
}

// Enter does nothing in one-line fields (action-item titles).
const SingleLine = Extension.create({
  name: "singleLine",
  addKeyboardShortcuts: () => ({ Enter: () => true }),
});

export const LanguageEditor = forwardRef<
  LanguageEditorHandle,
  {
    id: string;
    variant: "rich" | "note" | "plain";
    section: Section;
    settings?: TeamSettings;
    value: string;
    onChange: (value: string) => void;
    dismissed: ReadonlySet<string>;
    onFindings?: (findings: PlacedFinding[]) => void;
    onDismiss?: (finding: PlacedFinding, reason: string) => void;
    isEditable: boolean;
    label: { labelledBy: string } | { ariaLabel: string };
    isSingleLine?: boolean;
    placeholder?: string;
    isInvalid?: boolean;
    /**
     * Co-editing (rich and note): the Collaboration extensions. The shared document then
     * supplies the content, and `value` is ignored.
     */
    collaboration?: Extensions;
  }
>(function LanguageEditor(props, ref) {
  const wrapper = useRef<HTMLDivElement>(null);
  const findingsRef = useRef<PlacedFinding[]>([]);
  const closeTimer = useRef<number | undefined>(undefined);
  const [card, setCard] = useState<CardState | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const isRich = props.variant !== "plain";

  const extensions = useMemo(
    () => [
      ...(props.collaboration
        ? [
            ...(props.variant === "note"
              ? collaborativeNoteTextExtensions
              : collaborativeRichTextExtensions),
            ...props.collaboration,
          ]
        : EXTENSIONS[props.variant]),
      ...(props.isSingleLine ? [SingleLine] : []),
      BlamelessLanguage.configure({
        section: props.section,
        settings: props.settings,
        dismissed: props.dismissed,
        onFindings: (findings) => {
          findingsRef.current = findings;
          latest.current.onFindings?.(findings);
        },
      }),
    ],
    // Configured once; later dismissals reach the extension through a transaction.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const editor = useEditor({
    extensions,
    content: props.collaboration
      ? undefined
      : props.variant === "note"
        ? parseNarrative(props.value, NOTE_MARK_TYPES)
        : isRich
          ? parseNarrative(props.value)
          : plainTextToDoc(props.value),
    editable: props.isEditable,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id: props.id,
        class: `language-editor-content ${isRich ? "is-rich" : "is-plain"}`,
        role: "textbox",
        "aria-multiline": props.isSingleLine ? "false" : "true",
        ...("labelledBy" in props.label
          ? { "aria-labelledby": props.label.labelledBy }
          : { "aria-label": props.label.ariaLabel }),
        ...(props.placeholder ? { "data-placeholder": props.placeholder } : {}),
        ...(props.isInvalid ? { "aria-invalid": "true" } : {}),
      },
    },
    onUpdate: ({ editor: current }) =>
      latest.current.onChange(
        isRich ? JSON.stringify(current.getJSON()) : current.getText({ blockSeparator: "\n" }),
      ),
    onSelectionUpdate: ({ editor: current }) => {
      const caret = current.state.selection.from;
      const finding = findingsRef.current.find(
        (candidate) => caret > candidate.from && caret < candidate.to,
      );
      if (finding) openCard(finding);
    },
  });

  // Plain fields can change from outside (a list reordered): follow without an update loop.
  useEffect(() => {
    if (!editor || isRich) return;
    if (editor.getText({ blockSeparator: "\n" }) !== props.value)
      editor.commands.setContent(plainTextToDoc(props.value), { emitUpdate: false });
  }, [editor, isRich, props.value]);

  useEffect(() => {
    if (!editor) return;
    editor.view.dispatch(
      editor.state.tr.setMeta(findingsPluginKey, { dismissed: props.dismissed }),
    );
  }, [editor, props.dismissed]);

  useEffect(() => {
    editor?.setEditable(props.isEditable);
  }, [editor, props.isEditable]);

  function openCard(finding: PlacedFinding) {
    if (!editor || !wrapper.current) return;
    window.clearTimeout(closeTimer.current);
    const coords = editor.view.coordsAtPos(finding.to);
    const box = wrapper.current.getBoundingClientRect();
    setCard({
      finding,
      top: coords.bottom - box.top + 6,
      left: Math.max(0, Math.min(coords.left - box.left - 40, box.width - 360)),
    });
  }

  function scheduleClose() {
    window.clearTimeout(closeTimer.current);
    closeTimer.current = window.setTimeout(() => setCard(null), 250);
  }

  useImperativeHandle(ref, () => ({
    reveal(fingerprint, start) {
      if (!editor) return;
      const candidates = findingsRef.current.filter(
        (candidate) => candidate.fingerprint === fingerprint,
      );
      const finding = candidates.find((candidate) => candidate.start === start) ?? candidates[0];
      if (!finding) return;
      editor
        .chain()
        .focus()
        .setTextSelection({ from: finding.from, to: finding.to })
        .scrollIntoView()
        .run();
      openCard(finding);
    },
    toggleMark(name) {
      editor?.chain().focus().toggleMark(name).run();
    },
  }));

  return (
    <div
      ref={wrapper}
      className="language-editor"
      onPointerOver={(event) => {
        const target = (event.target as HTMLElement).closest<HTMLElement>(".lang-finding");
        if (!target) return;
        const from = Number(target.dataset.from);
        const finding = findingsRef.current.find(
          (candidate) =>
            candidate.from === from && candidate.fingerprint === target.dataset.fingerprint,
        );
        if (finding) openCard(finding);
      }}
      onPointerOut={(event) => {
        if ((event.target as HTMLElement).closest(".lang-finding")) scheduleClose();
      }}
      onKeyDown={(event) => event.key === "Escape" && setCard(null)}
    >
      <EditorContent editor={editor} />
      {card && (
        <FindingCard
          finding={card.finding}
          style={{ position: "absolute", top: card.top, left: card.left }}
          onClose={() => setCard(null)}
          onPointerEnter={() => window.clearTimeout(closeTimer.current)}
          onPointerLeave={scheduleClose}
          onDismiss={
            props.onDismiss
              ? (reason) => {
                  props.onDismiss?.(card.finding, reason);
                  setCard(null);
                }
              : undefined
          }
        />
      )}
    </div>
  );
});
