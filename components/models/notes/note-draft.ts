// A note's unsaved words, kept in this browser until they are saved, so a reload, a crash
// or a closed tab loses nothing (as the incident overview does with local-draft.ts). The
// draft keeps the version it started from: restored over a newer one, the save opens the
// conflict view.
import type { NoteValuesInput } from "@/lib/mental-models/notes/note-input";

export interface NoteDraft {
  savedAt: string;
  baseVersion: number;
  base: NoteValuesInput;
  values: NoteValuesInput;
}

export function noteDraftKey(reference: string, noteId: string | null): string {
  return `debrief:note-draft:${reference}:${noteId ?? "new"}`;
}

export function readNoteDraft(key: string, current: NoteValuesInput): NoteDraft | null {
  try {
    const stored = window.localStorage.getItem(key);
    if (!stored) return null;
    const draft = JSON.parse(stored) as Partial<NoteDraft>;
    if (typeof draft.savedAt !== "string" || typeof draft.baseVersion !== "number") return null;
    if (!draft.base?.sections || !draft.values?.sections) return null;
    if (JSON.stringify(draft.values) === JSON.stringify(current)) return null;
    return draft as NoteDraft;
  } catch {
    // Storage refused, or a draft of an older shape: nothing to restore.
    return null;
  }
}

export function writeNoteDraft(key: string, draft: NoteDraft): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Full or refused storage: the editor itself still holds the words.
  }
}

export function clearNoteDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing stored, or storage refused.
  }
}
