// The overview's unsaved changes, kept in this browser until they are saved, so a reload,
// a crash or a closed tab loses nothing. The draft keeps the version and values it started
// from: restored over a newer server version, the save opens the usual merge view.
import type { IncidentInput } from "@/lib/incidents/schema";

export interface LocalDraft {
  savedAt: string;
  baseVersion: number;
  base: IncidentInput;
  values: IncidentInput;
}

export function draftKey(reference: string | undefined) {
  return `debrief:draft:${reference ?? "new"}`;
}

/** The stored draft, when there is one that differs from what the server holds now. */
export function readDraft(key: string, current: IncidentInput): LocalDraft | null {
  try {
    const stored = window.localStorage.getItem(key);
    if (!stored) return null;
    const draft = JSON.parse(stored) as Partial<LocalDraft>;
    if (
      typeof draft.savedAt !== "string" ||
      typeof draft.baseVersion !== "number" ||
      !draft.base ||
      !draft.values
    ) {
      return null;
    }
    if (JSON.stringify(draft.values) === JSON.stringify(current)) return null;
    return draft as LocalDraft;
  } catch {
    // Storage refused (private mode, quota) or a draft from an older shape: nothing to restore.
    return null;
  }
}

export function writeDraft(key: string, draft: LocalDraft) {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Full or refused storage: the form itself still holds the changes.
  }
}

export function clearDraft(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing stored, or storage refused.
  }
}
