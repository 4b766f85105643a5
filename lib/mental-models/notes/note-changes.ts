// What changed between two versions of a note, as the audit log keeps it: which sections
// changed (by their labels, never their words), the anchor (an event as "event", so the
// history shows it by its time and words; a time as "anchoredAt") and "learned later". Pure.
import type { FieldChanges } from "@/lib/audit/diff-values";
import {
  NOTE_SECTION_KEYS,
  NOTE_SECTION_LABELS,
  type NoteSections,
} from "@/lib/mental-models/notes/note-sections";

export interface NoteState {
  anchorEventId: string | null;
  anchorTime: string;
  sections: NoteSections;
  learnedLater: boolean;
}

export function changedSectionKeys(before: NoteSections, after: NoteSections): string[] {
  return NOTE_SECTION_KEYS.filter((key) => before[key] !== after[key]);
}

export function changedSectionLabels(before: NoteSections, after: NoteSections): string[] {
  return NOTE_SECTION_KEYS.filter((key) => before[key] !== after[key]).map(
    (key) => NOTE_SECTION_LABELS[key],
  );
}

export function noteChanges(before: NoteState, after: NoteState): FieldChanges {
  const changes: FieldChanges = {};
  const sections = changedSectionLabels(before.sections, after.sections);
  if (sections.length > 0) changes.sections = { from: null, to: sections };
  if (before.anchorEventId !== after.anchorEventId)
    changes.event = { from: before.anchorEventId, to: after.anchorEventId };
  if (before.anchorTime !== after.anchorTime)
    changes.anchoredAt = { from: before.anchorTime, to: after.anchorTime };
  if (before.learnedLater !== after.learnedLater)
    changes.learnedLater = { from: before.learnedLater, to: after.learnedLater };
  return changes;
}
