// What people send to a meeting, one zod schema per input, shared by the forms and the
// server actions.
import { FOCUS_KINDS } from "@/lib/meetings/focus-target";
import { z } from "@/lib/validation/zod";

export const AGENDA_TITLE_MAX_CHARACTERS = 120;
export const AGENDA_MAX_MINUTES = 240;
export const AGENDA_MAX_ITEMS = 20;
export const MEETING_TEXT_MAX_CHARACTERS = 2_000;
export const PULSE_COMMENT_MAX_CHARACTERS = 1_000;

const text = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Write the ${what} first.`)
    .max(
      MEETING_TEXT_MAX_CHARACTERS,
      `Keep it to ${MEETING_TEXT_MAX_CHARACTERS} characters or fewer.`,
    );

export const agendaItemSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the item a name.")
    .max(
      AGENDA_TITLE_MAX_CHARACTERS,
      `Keep it to ${AGENDA_TITLE_MAX_CHARACTERS} characters or fewer.`,
    ),
  minutes: z.coerce
    .number({ error: "Minutes are a whole number." })
    .int("Minutes are a whole number.")
    .min(1, "At least one minute.")
    .max(AGENDA_MAX_MINUTES, `At most ${AGENDA_MAX_MINUTES} minutes.`),
});
export type AgendaItemInput = z.infer<typeof agendaItemSchema>;

export const focusSchema = z
  .object({
    kind: z.enum(FOCUS_KINDS, { error: "Choose what to focus on." }),
    id: z.string().max(100).nullable().default(null),
  })
  .refine((focus) => focus.kind === "compare" || Boolean(focus.id), {
    message: "Choose what to focus on.",
    path: ["id"],
  });

export const parkingItemSchema = z.object({ text: text("proposed fix") });

export const captureSchema = z.object({
  kind: z.enum(["question", "surprise"], { error: "Choose question or surprise." }),
  text: text("question or surprise"),
  eventId: z.string().max(100).nullable().default(null),
});

export const meetingNoteSchema = z.object({ text: text("note") });

const score = (what: string) =>
  z.coerce
    .number({ error: `Choose 1 to 5 for ${what}.` })
    .int(`Choose 1 to 5 for ${what}.`)
    .min(1, `Choose 1 to 5 for ${what}.`)
    .max(5, `Choose 1 to 5 for ${what}.`);

export const pulseSchema = z.object({
  learned: score("“learned something new”"),
  attendAgain: score("“would attend another”"),
  comment: z
    .string()
    .trim()
    .max(
      PULSE_COMMENT_MAX_CHARACTERS,
      `Keep it to ${PULSE_COMMENT_MAX_CHARACTERS} characters or fewer.`,
    )
    .default(""),
});

export const followUpSchema = z.object({
  note: z
    .string()
    .trim()
    .max(
      MEETING_TEXT_MAX_CHARACTERS,
      `Keep it to ${MEETING_TEXT_MAX_CHARACTERS} characters or fewer.`,
    )
    .default(""),
  // A day, as the date input sends it ("2026-12-12"); empty for none.
  date: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, "Choose a day, or leave it empty.")
    .default(""),
});
