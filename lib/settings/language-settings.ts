// The team's language settings: words never to flag (product names that look like trigger
// words) and rules switched off. Everyone's editor and every readiness report use them.
import "server-only";
import { z } from "@/lib/validation/zod";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { RULES, type TeamSettings } from "@/lib/language";

const KEY = "language";
const RULE_IDS = new Set(RULES.map((rule) => rule.id));

export const languageSettingsSchema = z.object({
  allowWords: z
    .array(z.string().trim().max(80, "Keep each allowed word or phrase under 80 characters."))
    .max(500, "At most 500 allowed words.")
    .transform((words) => [...new Set(words.filter((word) => word.length > 0))]),
  disabledRules: z.array(z.string().refine((id) => RULE_IDS.has(id), "Unknown rule.")).max(200),
  // First names the team uses, so sentences that start with them count as about people.
  people: z
    .array(z.string().trim().max(60, "Keep each name under 60 characters."))
    .max(1000, "At most 1,000 names.")
    .default([])
    .transform((names) => [...new Set(names.filter((name) => name.length > 0))]),
});

export interface LanguageSettings {
  allowWords: string[];
  disabledRules: string[];
  people: string[];
}

export async function getLanguageSettings(): Promise<LanguageSettings> {
  const row = await db.workspaceSetting.findUnique({ where: { key: KEY } });
  if (!row) return { allowWords: [], disabledRules: [], people: [] };
  try {
    const parsed = languageSettingsSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : { allowWords: [], disabledRules: [], people: [] };
  } catch {
    return { allowWords: [], disabledRules: [], people: [] };
  }
}

export function toTeamSettings(settings: LanguageSettings): TeamSettings {
  return {
    allowWords: settings.allowWords,
    disabledRules: settings.disabledRules,
    people: settings.people,
  };
}

export async function updateLanguageSettings(
  admin: SessionUser,
  input: unknown,
): Promise<LanguageSettings> {
  if (admin.role !== "admin")
    throw new AppError("not_found", "That page does not exist or you do not have access to it.");
  const parsed = languageSettingsSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("invalid_input", "Some settings need attention.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  }
  const before = await getLanguageSettings();
  await db.$transaction(async (transaction) => {
    const value = JSON.stringify(parsed.data);
    await transaction.workspaceSetting.upsert({
      where: { key: KEY },
      create: { key: KEY, value, updatedById: admin.id },
      update: { value, updatedById: admin.id },
    });
    await writeAuditEntry(transaction, {
      actorId: admin.id,
      action: "settings.language_updated",
      changes: { language: { from: before, to: parsed.data } },
    });
  });
  return parsed.data;
}
