// The incident as a form edits it, validated by one zod schema that the browser form and
// the server action share. Times travel as wall-clock strings in the editor's zone and
// are converted to UTC on the server.
import { z } from "@/lib/validation/zod";
import {
  ACTION_TITLE_MAX_CHARACTERS,
  formatCount,
  LABEL_MAX_CHARACTERS,
  LIST_ENTRY_MAX_CHARACTERS,
  LONG_TEXT_MAX_CHARACTERS,
  NARRATIVE_MAX_CHARACTERS,
  TITLE_MAX_CHARACTERS,
  TRACKER_URL_MAX_CHARACTERS,
} from "@/lib/input-limits";
import { parseNarrative } from "@/lib/rich-text/narrative";
import { multilineText, multilineTextUntrimmed, singleLineText } from "@/lib/text/text-schemas";
import { isRealLocalDateTime } from "@/lib/time/parse-instant";
import { isValidZone } from "@/lib/time/zone";

export const SEVERITIES = ["SEV1", "SEV2", "SEV3", "SEV4"] as const;
export const STATUSES = ["draft", "in_review", "published"] as const;
export const VISIBILITIES = ["workspace", "restricted"] as const;
export const PARTICIPANT_ROLES = ["facilitator", "participant", "observer"] as const;
export const ACTION_ITEM_STATUSES = ["open", "in_progress", "done"] as const;

export type Severity = (typeof SEVERITIES)[number];
export type IncidentStatus = (typeof STATUSES)[number];
export type Visibility = (typeof VISIBILITIES)[number];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
};
export const SEVERITY_LABELS: Record<Severity, string> = {
  SEV1: "SEV1 · critical",
  SEV2: "SEV2 · major",
  SEV3: "SEV3 · minor",
  SEV4: "SEV4 · low",
};
export const ACTION_ITEM_STATUS_LABELS: Record<ActionItemStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  done: "Done",
};
export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, string> = {
  facilitator: "Facilitator",
  participant: "Participant",
  observer: "Observer",
};

const DATE_TIME_LOCAL = /^$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
// The pattern alone let "2026-13-45T99:99" through, to be dropped on conversion while the
// save said "saved"; every part must be real.
const dateTimeLocal = z
  .string()
  .trim()
  .regex(DATE_TIME_LOCAL, "Use a date and time, e.g. 2026-03-14 09:10.")
  .refine(
    (value) => !DATE_TIME_LOCAL.test(value) || value === "" || isRealLocalDateTime(value),
    "That date or time does not exist; use e.g. 2026-03-14 09:10.",
  );
const longText = multilineTextUntrimmed().max(
  LONG_TEXT_MAX_CHARACTERS,
  `Keep this under ${formatCount(LONG_TEXT_MAX_CHARACTERS)} characters.`,
);

// Services and tags: short labels, trimmed, case-insensitively unique.
const labelList = (what: string) =>
  z
    .array(
      singleLineText()
        .min(1)
        .max(LABEL_MAX_CHARACTERS, `A ${what} name is at most ${LABEL_MAX_CHARACTERS} characters.`),
    )
    .max(50, `At most 50 ${what}s.`)
    .transform((names) => {
      const seen = new Set<string>();
      return names.filter((name) => {
        const key = name.toLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    });

const trackerUrl = singleLineText()
  .max(TRACKER_URL_MAX_CHARACTERS)
  .refine((value) => value === "" || /^https?:\/\/\S+$/i.test(value), "Use a full http(s) link.");

// Someone named by an imported review who has no account in this workspace.
export const importedPersonSchema = z.object({
  name: singleLineText().max(200),
  email: singleLineText().max(320),
});
export type ImportedPerson = z.output<typeof importedPersonSchema>;

export const actionItemSchema = z.object({
  title: singleLineText().min(1, "Say what the action is.").max(ACTION_TITLE_MAX_CHARACTERS),
  ownerId: z.string().nullable(),
  dueDate: z
    .string()
    .trim()
    .regex(/^$|^\d{4}-\d{2}-\d{2}$/, "Use a date, e.g. 2026-04-01."),
  status: z.enum(ACTION_ITEM_STATUSES),
  trackerUrl,
  // An imported owner with no account here, kept by name until someone picks an owner.
  importedOwner: importedPersonSchema.nullable().optional(),
});

export const participantSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(PARTICIPANT_ROLES),
});

export const incidentInputSchema = z
  .object({
    title: singleLineText()
      .min(1, "Give the incident a title.")
      .max(TITLE_MAX_CHARACTERS, `Keep the title under ${TITLE_MAX_CHARACTERS} characters.`),
    severity: z.enum(SEVERITIES, "Choose a severity."),
    status: z.enum(STATUSES),
    visibility: z.enum(VISIBILITIES),
    // The zone the milestones below are written in (the editor's display zone).
    timeZone: z.string().refine(isValidZone, "Unknown time zone."),
    // Where the incident happened ("" = not set): people may choose to see times in it.
    incidentTimeZone: z
      .string()
      .trim()
      .max(100)
      .refine(
        (value) => value === "" || isValidZone(value),
        "Choose a time zone from the list, e.g. Europe/Berlin.",
      )
      .default(""),
    startedAt: dateTimeLocal,
    detectedAt: dateTimeLocal,
    mitigatedAt: dateTimeLocal,
    resolvedAt: dateTimeLocal,
    services: labelList("service"),
    tags: labelList("tag"),
    impact: longText,
    summary: longText,
    // A tiptap document as JSON; sanitised to our node and mark types on the way in.
    // The same limit for the form's save and PUT; the form shows it beside the editor.
    narrative: z
      .string()
      .max(
        NARRATIVE_MAX_CHARACTERS,
        `The narrative is too long to save: at most ${formatCount(NARRATIVE_MAX_CHARACTERS)} characters, formatting included.`,
      )
      .transform((value) => (value.trim() ? JSON.stringify(parseNarrative(value)) : "")),
    contributingFactors: z
      .array(multilineText().max(LIST_ENTRY_MAX_CHARACTERS))
      .max(50)
      .transform(dropBlank),
    luckyNotes: z
      .array(multilineText().max(LIST_ENTRY_MAX_CHARACTERS))
      .max(50)
      .transform(dropBlank),
    actionItems: z.array(actionItemSchema).max(100),
    participants: z.array(participantSchema).max(200),
  })
  .superRefine((input, context) => {
    // Later milestones may not come before the start; say so next to the field.
    const order = ["startedAt", "detectedAt", "mitigatedAt", "resolvedAt"] as const;
    const started = input.startedAt;
    if (started) {
      for (const field of order.slice(1)) {
        const value = input[field];
        if (value && value < started) {
          context.addIssue({
            code: "custom",
            path: [field],
            message: "This is before the incident started.",
          });
        }
      }
    }
    const seen = new Set<string>();
    input.participants.forEach((participant, index) => {
      if (seen.has(participant.userId)) {
        context.addIssue({
          code: "custom",
          path: ["participants", index, "userId"],
          message: "Listed twice.",
        });
      }
      seen.add(participant.userId);
    });
  });

function dropBlank(values: string[]): string[] {
  return values.filter((value) => value.length > 0);
}

export type IncidentInput = z.input<typeof incidentInputSchema>;
export type ValidIncidentInput = z.output<typeof incidentInputSchema>;
export type ActionItemInput = z.input<typeof actionItemSchema>;

export const updateIncidentSchema = z.object({
  baseVersion: z.number().int().positive(),
  values: incidentInputSchema,
});

export function emptyIncidentInput(timeZone: string): IncidentInput {
  return {
    title: "",
    severity: "SEV3",
    status: "draft",
    visibility: "workspace",
    timeZone,
    incidentTimeZone: "",
    startedAt: "",
    detectedAt: "",
    mitigatedAt: "",
    resolvedAt: "",
    services: [],
    tags: [],
    impact: "",
    summary: "",
    narrative: "",
    contributingFactors: [],
    luckyNotes: [],
    actionItems: [],
    participants: [],
  };
}
