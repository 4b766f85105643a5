"use client";

// The language side of a form: live findings over every text (a beat behind typing),
// dismissals that persist, and the registry that lets the side panel reveal a finding in
// whichever editor holds it.
import { useDeferredValue, useMemo, useRef, useState } from "react";
import { dismissFindingAction } from "@/app/incidents/actions";
import type { PlacedFinding } from "@/components/language/findings-extension";
import type { LanguageFieldContext } from "@/components/language/language-context";
import type { LanguageEditorHandle } from "@/components/language/language-editor";
import type { IncidentInput } from "@/lib/incidents/schema";
import type { TeamSettings } from "@/lib/language";
import {
  buildReadinessReport,
  reviewTextsOf,
  type LocatedFinding,
} from "@/lib/language-review/readiness";

export function useLanguageReview(
  values: IncidentInput,
  options: {
    reference?: string;
    canDismiss: boolean;
    isEditable: boolean;
    initialDismissed?: string[];
    settings?: TeamSettings;
    onError: (message: string) => void;
  },
) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(
    () => new Set(options.initialDismissed ?? []),
  );
  // Every language-aware editor in the form, by element id, for the side panel's links.
  const editors = useRef(new Map<string, LanguageEditorHandle>());
  // Language analysis of every text, a beat behind typing so keystrokes stay smooth.
  const deferredValues = useDeferredValue(values);
  const report = useMemo(
    () => buildReadinessReport(reviewTextsOf(deferredValues), dismissed, options.settings),
    [deferredValues, dismissed, options.settings],
  );

  async function dismiss(finding: PlacedFinding, reason: string) {
    if (!options.reference) return;
    const result = await dismissFindingAction(options.reference, {
      fingerprint: finding.fingerprint,
      ruleId: finding.ruleId,
      excerpt: finding.excerpt,
      reason,
    });
    if (result.status === "error") {
      options.onError(result.message);
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
    settings: options.settings,
    onDismiss: options.canDismiss ? (finding, reason) => void dismiss(finding, reason) : undefined,
    register: (id, handle) => {
      if (handle) editors.current.set(id, handle);
      else editors.current.delete(id);
    },
    isEditable: options.isEditable,
  };

  return { report, reveal, languageContext };
}
