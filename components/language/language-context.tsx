"use client";

// What every language-aware field of a form shares: the dismissed fingerprints, how to
// dismiss, and a registry of editors so the side panel can take a person to a finding.
import { createContext } from "react";
import type { PlacedFinding } from "@/components/language/findings-extension";
import type { LanguageEditorHandle } from "@/components/language/language-editor";
import type { TeamSettings } from "@/lib/language";

export interface LanguageFieldContext {
  dismissed: ReadonlySet<string>;
  settings?: TeamSettings;
  onDismiss?: (finding: PlacedFinding, reason: string) => void;
  register: (id: string, handle: LanguageEditorHandle | null) => void;
  isEditable: boolean;
}

export const LanguageContext = createContext<LanguageFieldContext>({
  dismissed: new Set(),
  register: () => undefined,
  isEditable: true,
});
