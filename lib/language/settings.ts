// Team settings compiled once per settings object (cached), so analysing on every
// keystroke never rebuilds word sets.
import type { SubjectLexicon } from "./subject";
import type { TeamSettings } from "./types";

export interface CompiledSettings extends SubjectLexicon {
  disabledRules: ReadonlySet<string>;
  /** Lowercased allow-listed phrases (multi-word entries included). */
  allowPhrases: readonly string[];
}

const EMPTY: CompiledSettings = {
  allowWords: new Set(),
  people: new Set(),
  disabledRules: new Set(),
  allowPhrases: [],
};
const cache = new WeakMap<TeamSettings, CompiledSettings>();

export function compileSettings(settings: TeamSettings | undefined): CompiledSettings {
  if (!settings) return EMPTY;
  const cached = cache.get(settings);
  if (cached) return cached;
  const allowPhrases = (settings.allowWords ?? [])
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
  const compiled: CompiledSettings = {
    // Every word of an allow-listed product name counts as a system name for subject detection.
    allowWords: new Set(allowPhrases.flatMap((phrase) => phrase.split(" "))),
    people: new Set((settings.people ?? []).map((name) => name.trim().toLowerCase())),
    disabledRules: new Set((settings.disabledRules ?? []).map((id) => id.trim().toUpperCase())),
    allowPhrases,
  };
  cache.set(settings, compiled);
  return compiled;
}

function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code > 127
  );
}

/** True when an allow-listed word or phrase overlaps [start, end) of the text. */
export function overlapsAllowListed(
  text: string,
  start: number,
  end: number,
  settings: CompiledSettings,
): boolean {
  if (settings.allowPhrases.length === 0) return false;
  const lower = text.toLowerCase();
  for (const phrase of settings.allowPhrases) {
    let index = lower.indexOf(phrase);
    while (index !== -1) {
      const phraseEnd = index + phrase.length;
      const isWhole = !isWordChar(lower[index - 1]) && !isWordChar(lower[phraseEnd]);
      if (isWhole && index < end && phraseEnd > start) return true;
      index = lower.indexOf(phrase, index + 1);
    }
  }
  return false;
}
