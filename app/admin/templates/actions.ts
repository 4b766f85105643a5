"use server";

// Server actions for review templates. Only actions live here: "use server" makes every
// export callable from the browser, so the rules (admins only, one default, never the
// last template) live in lib/templates.
import { revalidatePath } from "next/cache";
import { authenticatedAction } from "@/lib/actions/authenticated-action";
import { deleteTemplate } from "@/lib/templates/delete-template";
import { createTemplate, updateTemplate } from "@/lib/templates/save-template";
import { setDefaultTemplate } from "@/lib/templates/set-default-template";

export async function createTemplateAction(values: unknown) {
  return authenticatedAction("createTemplate", async (user) => {
    const result = await createTemplate(user, values);
    if (result.status === "saved") revalidatePath("/admin/templates");
    return result;
  });
}

export async function updateTemplateAction(id: string, input: unknown) {
  return authenticatedAction("updateTemplate", async (user) => {
    const result = await updateTemplate(user, String(id), input);
    if (result.status === "saved") revalidatePath("/admin/templates");
    return result;
  });
}

export async function deleteTemplateAction(id: string) {
  return authenticatedAction("deleteTemplate", async (user) => {
    await deleteTemplate(user, String(id));
    revalidatePath("/admin/templates");
    return { status: "saved" as const };
  });
}

export async function setDefaultTemplateAction(id: string) {
  return authenticatedAction("setDefaultTemplate", async (user) => {
    await setDefaultTemplate(user, String(id));
    revalidatePath("/admin/templates");
    return { status: "saved" as const };
  });
}
