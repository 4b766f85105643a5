"use client";

// The narrative editor: tiptap with the shared extension list plus in-place language
// findings. Hovering an underline, or moving the caret into one, opens its card.
import { EditorContent, useEditor } from "@tiptap/react";
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from "react";
import { FindingCard } from "@/components/language/finding-card";
import {
  BlamelessLanguage,
  findingsPluginKey,
  type PlacedFinding,
} from "@/components/language/findings-extension";
import { richTextExtensions } from "@/lib/rich-text/extensions";
import { parseNarrative } from "@/lib/rich-text/narrative";

export interface NarrativeEditorHandle {
  reveal: (finding: PlacedFinding) => void;
}

interface CardState {
  finding: PlacedFinding;
  top: number;
  left: number;
}

export const NarrativeEditor = forwardRef<
  NarrativeEditorHandle,
  {
    value: string;
    onChange: (json: string) => void;
    dismissed: ReadonlySet<string>;
    onFindings: (findings: PlacedFinding[]) => void;
    onDismiss?: (finding: PlacedFinding, reason: string) => void;
    isEditable: boolean;
    labelledBy: string;
  }
>(function NarrativeEditor(props, ref) {
  const wrapper = useRef<HTMLDivElement>(null);
  const findingsRef = useRef<PlacedFinding[]>([]);
  const closeTimer = useRef<number | undefined>(undefined);
  const [card, setCard] = useState<CardState | null>(null);
  const latest = useRef(props);
  latest.current = props;

  const extensions = useMemo(
    () => [
      ...richTextExtensions,
      BlamelessLanguage.configure({
        section: "narrative",
        dismissed: props.dismissed,
        onFindings: (findings) => {
          findingsRef.current = findings;
          latest.current.onFindings(findings);
        },
      }),
    ],
    // The extension is configured once; later dismissals reach it through a transaction.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const editor = useEditor({
    extensions,
    content: parseNarrative(props.value),
    editable: props.isEditable,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: "narrative-editor-content",
        "aria-labelledby": props.labelledBy,
        "aria-multiline": "true",
        role: "textbox",
      },
    },
    onUpdate: ({ editor: current }) => latest.current.onChange(JSON.stringify(current.getJSON())),
    onSelectionUpdate: ({ editor: current }) => {
      const caret = current.state.selection.from;
      const finding = findingsRef.current.find(
        (candidate) => caret > candidate.from && caret < candidate.to,
      );
      if (finding) openCard(finding);
    },
  });

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
    reveal(finding) {
      if (!editor) return;
      editor
        .chain()
        .focus()
        .setTextSelection({ from: finding.from, to: finding.to })
        .scrollIntoView()
        .run();
      openCard(finding);
    },
  }));

  return (
    <div
      ref={wrapper}
      className="narrative-editor"
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
