// Themes: what keeps coming back across incidents. Contributing factors, surprises and
// "where we got lucky" notes are grouped by the terms they share (stemmed, stop words
// dropped); a term makes a theme when notes of at least two incidents use it. Terms
// found in exactly the same notes merge into one theme ("feature flag"), and a theme whose
// notes all sit inside a larger theme of the same incidents adds nothing and is dropped.
// Pure: the data layer hands it only the notes the viewer may see.
import { extractTerms, TermLabels } from "@/lib/insights/terms";

export const THEME_NOTE_KINDS = ["factor", "surprise", "lucky"] as const;
export type ThemeNoteKind = (typeof THEME_NOTE_KINDS)[number];

export interface ThemeNote {
  id: string;
  incidentId: string;
  kind: ThemeNoteKind;
  text: string;
}

export interface Theme {
  /** The stems, joined: stable across runs while the notes are unchanged. */
  key: string;
  /** The shared words as people wrote them, in the order they are usually written. */
  label: string;
  incidentIds: string[];
  notes: ThemeNote[];
}

export interface ThemeOptions {
  minIncidents?: number;
  limit?: number;
}

interface Candidate {
  stems: string[];
  noteIndexes: number[];
  incidentIds: string[];
}

export function groupThemes(notes: readonly ThemeNote[], options: ThemeOptions = {}): Theme[] {
  const { minIncidents = 2, limit = 20 } = options;
  const labels = new TermLabels();
  // Where each stem first appears in each note, to order a merged label as written.
  const positions = new Map<string, number[]>();
  const notesByStem = new Map<string, number[]>();
  notes.forEach((note, noteIndex) => {
    const terms = extractTerms(note.text);
    labels.add(terms);
    const seen = new Set<string>();
    terms.forEach((term, position) => {
      if (seen.has(term.stem)) return;
      seen.add(term.stem);
      push(notesByStem, term.stem, noteIndex);
      push(positions, term.stem, position);
    });
  });

  // One candidate per distinct set of notes; stems with the same notes merge.
  const bySignature = new Map<string, Candidate>();
  for (const [stem, noteIndexes] of notesByStem) {
    const incidentIds = distinct(noteIndexes.map((index) => notes[index]?.incidentId ?? ""));
    if (incidentIds.length < minIncidents) continue;
    const signature = noteIndexes.join(",");
    const existing = bySignature.get(signature);
    if (existing) existing.stems.push(stem);
    else bySignature.set(signature, { stems: [stem], noteIndexes, incidentIds });
  }

  // Only the strongest few are compared with each other: the subset check is quadratic.
  const candidates = [...bySignature.values()]
    .sort(
      (a, b) =>
        b.incidentIds.length - a.incidentIds.length || b.noteIndexes.length - a.noteIndexes.length,
    )
    .slice(0, limit * 4);
  const noteSets = candidates.map((candidate) => new Set(candidate.noteIndexes));
  const kept = candidates.filter(
    (candidate, index) =>
      !candidates.some(
        (other, otherIndex) =>
          other.noteIndexes.length > candidate.noteIndexes.length &&
          other.incidentIds.length === candidate.incidentIds.length &&
          candidate.noteIndexes.every((note) => noteSets[otherIndex]?.has(note)) &&
          otherIndex !== index,
      ),
  );

  return kept
    .map((candidate) => {
      const stems = [...candidate.stems].sort(
        (a, b) => average(positions.get(a)) - average(positions.get(b)) || a.localeCompare(b),
      );
      return {
        key: stems.join("+"),
        label: stems.map((stem) => labels.label(stem)).join(" "),
        incidentIds: candidate.incidentIds,
        notes: candidate.noteIndexes.flatMap((index) => notes[index] ?? []),
      };
    })
    .sort(
      (a, b) =>
        b.incidentIds.length - a.incidentIds.length ||
        b.notes.length - a.notes.length ||
        a.label.localeCompare(b.label),
    )
    .slice(0, limit);
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function average(values: readonly number[] | undefined): number {
  if (!values || values.length === 0) return 0;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
