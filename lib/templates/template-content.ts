// A review template's content as forms and the server read it: the narrative's starting
// sections (a heading and a prompt each), the meeting's default agenda, and the questions
// under each section of a participant's note. Pure, so the admin form and the server
// validate with the same schema, and turning sections into a narrative is unit-tested.
import type { JSONContent } from "@tiptap/core";
import { z } from "@/lib/validation/zod";
import {
  NOTE_SECTION_HINTS,
  NOTE_SECTION_KEYS,
  type NoteSectionKey,
} from "@/lib/mental-models/notes/note-sections";
import { multilineText, singleLineText } from "@/lib/text/text-schemas";

export const TEMPLATE_NAME_MAX_CHARACTERS = 80;
export const TEMPLATE_DESCRIPTION_MAX_CHARACTERS = 500;
export const TEMPLATE_HEADING_MAX_CHARACTERS = 120;
export const TEMPLATE_PROMPT_MAX_CHARACTERS = 1_000;
export const TEMPLATE_AGENDA_TITLE_MAX_CHARACTERS = 120;
export const TEMPLATE_QUESTION_MAX_CHARACTERS = 300;

export const templateSectionSchema = z.object({
  heading: singleLineText()
    .min(1, "Give the section a heading.")
    .max(TEMPLATE_HEADING_MAX_CHARACTERS, "Keep a heading under 120 characters."),
  prompt: multilineText().max(
    TEMPLATE_PROMPT_MAX_CHARACTERS,
    "Keep a prompt under 1,000 characters.",
  ),
});

export const agendaItemSchema = z.object({
  title: singleLineText()
    .min(1, "Name the agenda item.")
    .max(TEMPLATE_AGENDA_TITLE_MAX_CHARACTERS, "Keep an agenda item under 120 characters."),
  minutes: z
    .number("Give the minutes as a number.")
    .int("Use whole minutes.")
    .min(1, "At least one minute.")
    .max(240, "At most 240 minutes for one item."),
});

const question = multilineText().max(
  TEMPLATE_QUESTION_MAX_CHARACTERS,
  "Keep a question under 300 characters.",
);

// Blank means "ask the usual question" for that section.
export const noteQuestionsSchema = z.object({
  noticed: question,
  thought: question,
  did: question,
  unknown: question,
  surprised: question,
});

export const templateInputSchema = z.object({
  name: singleLineText()
    .min(1, "Give the template a name.")
    .max(TEMPLATE_NAME_MAX_CHARACTERS, "Keep the name under 80 characters."),
  description: multilineText().max(
    TEMPLATE_DESCRIPTION_MAX_CHARACTERS,
    "Keep the description under 500 characters.",
  ),
  sections: z.array(templateSectionSchema).max(30, "At most 30 sections."),
  agenda: z
    .array(agendaItemSchema)
    .min(1, "A meeting needs at least one agenda item.")
    .max(20, "At most 20 agenda items."),
  noteQuestions: noteQuestionsSchema,
});

export type TemplateSection = z.output<typeof templateSectionSchema>;
export type TemplateAgendaItem = z.output<typeof agendaItemSchema>;
export type NoteQuestions = z.output<typeof noteQuestionsSchema>;
export type TemplateInput = z.input<typeof templateInputSchema>;
export type ValidTemplateInput = z.output<typeof templateInputSchema>;

export function emptyNoteQuestions(): NoteQuestions {
  return { noticed: "", thought: "", did: "", unknown: "", surprised: "" };
}

export function emptyTemplateInput(): TemplateInput {
  return {
    name: "",
    description: "",
    sections: [{ heading: "", prompt: "" }],
    agenda: [{ title: "", minutes: 10 }],
    noteQuestions: emptyNoteQuestions(),
  };
}

/** The narrative a new incident starts with: each section a heading and its prompt. */
export function sectionsToNarrative(sections: readonly TemplateSection[]): JSONContent {
  const content: JSONContent[] = [];
  for (const section of sections) {
    content.push({
      type: "heading",
      attrs: { level: 2 },
      content: [{ type: "text", text: section.heading }],
    });
    const lines = section.prompt.split(/\n+/).filter((line) => line.trim().length > 0);
    if (lines.length === 0) content.push({ type: "paragraph" });
    for (const line of lines) {
      content.push({ type: "paragraph", content: [{ type: "text", text: line.trim() }] });
    }
  }
  if (content.length === 0) content.push({ type: "paragraph" });
  return { type: "doc", content };
}

/** The question under each note section: the template's where it has one, else ours. */
export function noteQuestionsFor(
  questions: NoteQuestions | null | undefined,
): Record<NoteSectionKey, string> {
  const result = { ...NOTE_SECTION_HINTS };
  if (!questions) return result;
  for (const key of NOTE_SECTION_KEYS) {
    const asked = questions[key].trim();
    if (asked) result[key] = asked;
  }
  return result;
}

// Stored columns are JSON text; a value that no longer parses reads as empty rather than
// breaking the page that shows it.
export function readStoredJson<T>(stored: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}
