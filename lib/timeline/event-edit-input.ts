// What a person can change on an event, and the manual event form: one schema each for the
// panel and the server. Times travel as ISO instants (the panel converts from UTC input).
import { z } from "@/lib/validation/zod";
import {
  EVENT_MESSAGE_MAX_CHARACTERS,
  EVENT_SERVICE_MAX_CHARACTERS,
  formatCount,
  KEY_MOMENT_NOTE_MAX_CHARACTERS,
} from "@/lib/input-limits";
import { multilineText, singleLineText } from "@/lib/text/text-schemas";
import { parseInstant } from "@/lib/time/parse-instant";
import { KEY_MOMENT_KINDS } from "@/lib/evidence/evidence-input";
import type { InvalidFields } from "@/lib/validation/field-errors";

// Date.parse rolled "2026-02-30" over and accepted years the database cannot store. A
// valid time is normalised to an ISO instant in UTC, which the server stores as is.
const instant = z
  .string()
  .trim()
  .overwrite((value) => parseInstant(value)?.toISOString() ?? value)
  .refine(
    (value) => parseInstant(value) !== null,
    "Enter a valid date and time, e.g. 2026-03-14 09:24:00.",
  );

export const eventValuesSchema = z.object({
  time: instant,
  message: multilineText()
    .min(1, "Write what happened.")
    .max(
      EVENT_MESSAGE_MAX_CHARACTERS,
      `Keep the message under ${formatCount(EVENT_MESSAGE_MAX_CHARACTERS)} characters.`,
    ),
  service: singleLineText().max(
    EVENT_SERVICE_MAX_CHARACTERS,
    `A service name is at most ${EVENT_SERVICE_MAX_CHARACTERS} characters.`,
  ),
  keyMoment: z.enum(KEY_MOMENT_KINDS).nullable(),
  keyMomentNote: multilineText().max(
    KEY_MOMENT_NOTE_MAX_CHARACTERS,
    `Keep the note under ${formatCount(KEY_MOMENT_NOTE_MAX_CHARACTERS)} characters.`,
  ),
});
export type EventValues = z.infer<typeof eventValuesSchema>;

export const updateEventSchema = z.object({
  eventId: z.string().min(1),
  baseVersion: z.number().int().positive(),
  values: eventValuesSchema,
});

export const createManualEventSchema = z.object({
  values: eventValuesSchema.extend({
    level: z.enum(["", "info", "warn", "error"]).default(""),
  }),
});

export type SaveEventResult =
  | { status: "saved"; eventId: string; version: number }
  | InvalidFields
  | {
      status: "conflict";
      message: string;
      theirs: EventValues;
      version: number;
      updatedBy: string;
    };
