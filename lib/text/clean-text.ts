// Typed text as it is stored, and stored text as it is shown. Pure.
//
// Control characters (C0, DEL, C1) have no business in a title, a name or an event note:
// they are stripped on the way in, keeping line breaks (and tabs) where a field allows
// several lines. Bidirectional embeddings and overrides (U+202A–U+202E) reorder whole runs
// of text, so "gnp.exe" after a right-to-left override poses as "exe.png": typed text keeps
// them as a visible marker (⟨U+202E⟩), so the edit field, the page title and exports show
// what was typed, never the disguise. Isolates and marks (U+2066–U+2069, U+200E/F) are real
// text in right-to-left writing: they are kept, and made visible wherever text is shown.

// C0 except tab and line feed, DEL, C1; carriage returns become line feeds first.
const CONTROLS_EXCEPT_BREAKS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const ALL_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

const EMBEDDINGS_AND_OVERRIDES = /[\u202A-\u202E]/g;

// One line: every control character goes; line breaks and tabs become a space.
export function cleanSingleLineText(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, " ")
    .replace(ALL_CONTROLS, "")
    .replace(EMBEDDINGS_AND_OVERRIDES, codePointLabel);
}

// Several lines: line breaks (normalised to \n) and tabs stay, other controls go.
export function cleanMultilineText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(CONTROLS_EXCEPT_BREAKS, "")
    .replace(EMBEDDINGS_AND_OVERRIDES, codePointLabel);
}

// Shown as ⟨U+202E⟩: bidirectional controls, zero-width characters that hide text, and any
// control character still in stored text (evidence is kept raw). Line breaks, tabs and the
// zero-width (non-)joiners that emoji and several scripts need are left alone.
const INVISIBLE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

export function codePointLabel(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, "0")}⟩`;
}

export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, codePointLabel);
}
