// What a note form sends, one schema each for the form and the server. The anchor is a
// timeline event (its time is the note's time) or a wall-clock time in the writer's zone,
// like the incident's milestones. Sections are tiptap JSON, sanitised on the way in.
import { formatCount } from "@/lib/input-limits";
import { MODEL_VISIBILITIES } from "@/lib/mental-models/visibility";
import {
  isEmptyNote,
  normalizeNoteSection,
  NOTE_SECTION_KEYS,
  type NoteSections,
} from "@/lib/mental-models/notes/note-sections";
import { fromDateTimeLocal, isValidZone } from "@/lib/time/zone";
import { z } from "@/lib/validation/zod";

// One section's document, formatting included.
export const NOTE_SECTION_MAX_CHARACTERS = 200_000;

const sectionText = z
  .string()
  .max(
    NOTE_SECTION_MAX_CHARACTERS,
    `This section is too long to save: at most ${formatCount(NOTE_SECTION_MAX_CHARACTERS)} characters, formatting included.`,
  )
  .transform(normalizeNoteSection);

const sectionsSchema = z.object(
  Object.fromEntries(NOTE_SECTION_KEYS.map((key) => [key, sectionText])) as Record<
    keyof NoteSections,
    typeof sectionText
  >,
);

const noteFieldsSchema = z.object({
  anchorEventId: z.string().trim().max(100).nullable(),
  // "2026-03-14T09:10" in timeZone; ignored when an event is the anchor.
  anchorTime: z.string().trim().max(40),
  timeZone: z.string().refine(isValidZone, "Unknown time zone."),
  learnedLater: z.boolean(),
});

function checkNote(
  values: z.output<typeof noteFieldsSchema> & { sections?: NoteSections },
  context: z.RefinementCtx,
) {
  if (!values.anchorEventId && !fromDateTimeLocal(values.anchorTime, values.timeZone)) {
    context.addIssue({
      code: "custom",
      path: ["anchorTime"],
      message: "Choose the moment this note is about: an event, or a date and time.",
    });
  }
  if (values.sections && isEmptyNote(values.sections)) {
    context.addIssue({
      code: "custom",
      path: ["sections"],
      message: "Write something in at least one section.",
    });
  }
}

export const noteValuesSchema = noteFieldsSchema
  .extend({ sections: sectionsSchema })
  .superRefine(checkNote);

// An edit of a note whose words are co-edited live leaves the sections out: the
// collaboration server stores them as they are typed, and the form keeps the rest.
export const noteEditValuesSchema = noteFieldsSchema
  .extend({ sections: sectionsSchema.optional() })
  .superRefine(checkNote);

export type NoteValuesInput = z.input<typeof noteValuesSchema>;
export type NoteValues = z.output<typeof noteValuesSchema>;

export const createNoteSchema = z
  .object({
    kind: z.enum(["own", "interview"]),
    // Interview notes: the participant the conversation was with.
    subjectId: z.string().trim().max(100).nullable(),
    visibility: z.enum(MODEL_VISIBILITIES),
    values: noteValuesSchema,
  })
  .superRefine((input, context) => {
    if (input.kind === "interview" && !input.subjectId) {
      context.addIssue({
        code: "custom",
        path: ["subjectId"],
        message: "Choose the participant you talked with.",
      });
    }
  });

export const updateNoteSchema = z.object({
  noteId: z.string().trim().min(1).max(100),
  baseVersion: z.number().int().positive(),
  values: noteEditValuesSchema,
});

export const noteVisibilitySchema = z.object({
  noteId: z.string().trim().min(1).max(100),
  visibility: z.enum(MODEL_VISIBILITIES),
});

export const noteCalibrationSchema = z.object({
  noteId: z.string().trim().min(1).max(100),
  // true: "that's right"; false: "not quite", which withdraws the note to private.
  isRight: z.boolean(),
});
