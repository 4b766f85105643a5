// What a person can change on an event, and the manual event form: one schema each for the
// panel and the server. Times travel as ISO instants (the panel converts from UTC input).
import { z } from "zod";
import { KEY_MOMENT_KINDS } from "@/lib/timeline/evidence-input";

const instant = z
  .string()
  .trim()
  .refine((value) => !Number.isNaN(Date.parse(value)), "Enter a valid date and time.");

export const eventValuesSchema = z.object({
  time: instant,
  message: z.string().trim().min(1, "Write what happened.").max(20_000),
  service: z.string().trim().max(200),
  keyMoment: z.enum(KEY_MOMENT_KINDS).nullable(),
  keyMomentNote: z.string().trim().max(5_000),
});
export type EventValues = z.infer<typeof eventValuesSchema>;

export const updateEventSchema = z.object({
  reference: z.string(),
  eventId: z.string().min(1),
  baseVersion: z.number().int().positive(),
  values: eventValuesSchema,
});

export const createManualEventSchema = z.object({
  reference: z.string(),
  values: eventValuesSchema.extend({
    level: z.enum(["", "info", "warn", "error"]).default(""),
  }),
});

export type SaveEventResult =
  | { status: "saved"; eventId: string; version: number }
  | { status: "invalid"; message: string; fieldErrors: Record<string, string[]> }
  | {
      status: "conflict";
      message: string;
      theirs: EventValues;
      version: number;
      updatedBy: string;
    };

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.filter((part) => part !== "values").join(".");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}
