// The guided sections of a "what I knew then" note, and how a note's stored sections are
// read. Pure. Each section is optional and holds one tiptap document (JSON text); the note
// row stores them together as one JSON object keyed by section. No section asks what
// someone should have done: the questions are about the view from inside the moment.
import type { JSONContent } from "@tiptap/core";
import {
  narrativeToText,
  NOTE_MARK_TYPES,
  parseNarrative,
  sanitizeNarrative,
} from "@/lib/rich-text/narrative";

export const NOTE_SECTION_KEYS = ["noticed", "thought", "did", "unknown", "surprised"] as const;
export type NoteSectionKey = (typeof NOTE_SECTION_KEYS)[number];
export type NoteSections = Record<NoteSectionKey, string>;

export const NOTE_SECTION_LABELS: Record<NoteSectionKey, string> = {
  noticed: "What I noticed",
  thought: "What I thought was happening",
  did: "What I did, and why it made sense then",
  unknown: "What I did not know yet",
  surprised: "What surprised me",
};

// The prompt under each label: cues, not judgements.
export const NOTE_SECTION_HINTS: Record<NoteSectionKey, string> = {
  noticed: "Alerts, graphs, messages, sounds: the cues you saw and where you saw them.",
  thought: "Your picture of the situation at that moment, however tentative.",
  did: "What you did or decided, and what made it the sensible thing to do then.",
  unknown: "What you could not see or did not know at the time.",
  surprised: "What did not behave as you expected.",
};

export function emptyNoteSections(): NoteSections {
  return { noticed: "", thought: "", did: "", unknown: "", surprised: "" };
}

/** One section as stored: sanitised tiptap JSON, or "" when it has no text. */
export function normalizeNoteSection(value: string): string {
  if (!value.trim()) return "";
  const doc = parseNoteSection(value);
  return narrativeToText(doc).trim() ? JSON.stringify(doc) : "";
}

export function parseNoteSection(stored: string): JSONContent {
  return parseNarrative(stored, NOTE_MARK_TYPES);
}

/** The stored sections column, read defensively: unknown keys and bad values are dropped. */
export function parseNoteSections(stored: string): NoteSections {
  const sections = emptyNoteSections();
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return sections;
  }
  if (!parsed || typeof parsed !== "object") return sections;
  for (const key of NOTE_SECTION_KEYS) {
    const value = (parsed as Record<string, unknown>)[key];
    if (typeof value !== "string" || !value.trim()) continue;
    try {
      const doc = sanitizeNarrative(JSON.parse(value) as unknown, 0, NOTE_MARK_TYPES);
      if (doc && narrativeToText(doc).trim()) sections[key] = JSON.stringify(doc);
    } catch {
      // A section that is not a document is left out rather than failing the note.
    }
  }
  return sections;
}

export function isEmptyNote(sections: NoteSections): boolean {
  return NOTE_SECTION_KEYS.every((key) => !sections[key]);
}

export function noteSectionText(stored: string): string {
  return stored ? narrativeToText(parseNoteSection(stored)) : "";
}

/** A one-line excerpt for lists and timeline lanes: the first section with text. */
export function noteExcerpt(sections: NoteSections, length = 140): string {
  for (const key of NOTE_SECTION_KEYS) {
    const text = noteSectionText(sections[key]).replace(/\s+/g, " ").trim();
    if (text) return text.length > length ? `${text.slice(0, length - 1)}…` : text;
  }
  return "";
}

/** Whether any part of the note carries the "learned later" mark. */
export function hasLearnedLaterParts(sections: NoteSections): boolean {
  return NOTE_SECTION_KEYS.some((key) => sections[key].includes('"learnedLater"'));
}
