// A tiptap extension that runs the blameless-language analyzer over the document and
// underlines findings in place. Each text block is analysed on its own and cached by its
// text, so a keystroke re-analyses only the paragraph being typed in.
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { analyze, type Finding, type Section, type TeamSettings } from "@/lib/language";

export interface PlacedFinding extends Finding {
  from: number;
  to: number;
}

interface FindingsState {
  findings: PlacedFinding[];
  decorations: DecorationSet;
  dismissed: ReadonlySet<string>;
}

export const findingsPluginKey = new PluginKey<FindingsState>("blameless-language");

export interface FindingsOptions {
  section: Section;
  settings?: TeamSettings;
  dismissed: ReadonlySet<string>;
  onFindings: (findings: PlacedFinding[]) => void;
}

function blockText(block: ProseMirrorNode): string {
  let text = "";
  block.forEach((child) => {
    if (!child.isText) {
      text += "\n".repeat(child.nodeSize);
      return;
    }
    // Inline code is quoted material, not the writer's framing: blank it, keep offsets.
    const isCode = child.marks.some((mark) => mark.type.name === "code");
    text += isCode ? " ".repeat(child.text?.length ?? 0) : (child.text ?? "");
  });
  return text;
}

function placeFindings(
  doc: ProseMirrorNode,
  section: Section,
  settings: TeamSettings | undefined,
  cache: Map<string, Finding[]>,
  dismissed: ReadonlySet<string>,
) {
  const placed: PlacedFinding[] = [];
  const seen = new Map<string, Finding[]>();
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    if (node.type.name === "codeBlock") return false;
    const text = blockText(node);
    let findings = cache.get(text);
    if (!findings) {
      findings = text.trim() ? analyze(text, { section, settings }) : [];
    }
    seen.set(text, findings);
    for (const finding of findings) {
      if (dismissed.has(finding.fingerprint)) continue;
      placed.push({
        ...finding,
        from: position + 1 + finding.start,
        to: position + 1 + finding.end,
      });
    }
    return false;
  });
  // Keep only blocks still present, so the cache does not grow without bound.
  cache.clear();
  seen.forEach((value, key) => cache.set(key, value));
  return placed;
}

function decorate(doc: ProseMirrorNode, findings: PlacedFinding[]): DecorationSet {
  return DecorationSet.create(
    doc,
    findings.map((finding) =>
      Decoration.inline(finding.from, finding.to, {
        class: `lang-finding lang-${finding.category} lang-${finding.severity}`,
        "data-fingerprint": finding.fingerprint,
        "data-from": String(finding.from),
      }),
    ),
  );
}

export const BlamelessLanguage = Extension.create<FindingsOptions>({
  name: "blamelessLanguage",
  addOptions() {
    return { section: "narrative", dismissed: new Set<string>(), onFindings: () => undefined };
  },
  addProseMirrorPlugins() {
    const { section, settings, onFindings } = this.options;
    const cache = new Map<string, Finding[]>();
    const build = (
      state: EditorState | { doc: ProseMirrorNode },
      dismissed: ReadonlySet<string>,
    ): FindingsState => {
      const findings = placeFindings(state.doc, section, settings, cache, dismissed);
      return { findings, decorations: decorate(state.doc, findings), dismissed };
    };
    return [
      new Plugin<FindingsState>({
        key: findingsPluginKey,
        state: {
          init: (_config, state) => build(state, this.options.dismissed),
          apply(transaction, previous, _oldState, newState) {
            const dismissed = (
              transaction.getMeta(findingsPluginKey) as
                { dismissed?: ReadonlySet<string> } | undefined
            )?.dismissed;
            if (dismissed) return build(newState, dismissed);
            if (!transaction.docChanged) return previous;
            return build(newState, previous.dismissed);
          },
        },
        props: {
          decorations: (state) => findingsPluginKey.getState(state)?.decorations,
        },
        view: (view) => {
          onFindings(findingsPluginKey.getState(view.state)?.findings ?? []);
          return {
            update(updatedView, previousState) {
              const now = findingsPluginKey.getState(updatedView.state);
              if (now && now !== findingsPluginKey.getState(previousState))
                onFindings(now.findings);
            },
          };
        },
      }),
    ];
  },
});
