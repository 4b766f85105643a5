"use server";

import { revalidatePath } from "next/cache";
import { authenticatedAction } from "@/lib/actions/authenticated-action";
import { updateLanguageSettings } from "@/lib/settings/language-settings";

export async function updateLanguageSettingsAction(input: unknown) {
  return authenticatedAction("updateLanguageSettings", async (user) => {
    await updateLanguageSettings(user, input);
    revalidatePath("/", "layout");
    return { status: "saved" as const };
  });
}
