"use server";

// Server actions for incidents. Only actions live here: "use server" makes every export
// callable from the browser, so helpers stay in lib/.
import { revalidatePath } from "next/cache";
import { authenticatedAction } from "@/lib/actions/authenticated-action";
import { createIncident } from "@/lib/incidents/create-incident";
import { updateIncident } from "@/lib/incidents/update-incident";
import { dismissFinding, restoreFinding } from "@/lib/language-review/dismissals";

export async function createIncidentAction(values: unknown) {
  return authenticatedAction("createIncident", async (user) => {
    const result = await createIncident(user, values);
    if (result.status === "saved") revalidatePath("/incidents");
    return result;
  });
}

export async function updateIncidentAction(reference: string, input: unknown) {
  return authenticatedAction("updateIncident", async (user) => {
    const result = await updateIncident(user, String(reference), input);
    if (result.status === "saved") revalidatePath(`/incidents/${result.reference}`, "layout");
    return result;
  });
}

export async function dismissFindingAction(reference: string, input: unknown) {
  return authenticatedAction("dismissFinding", async (user) => {
    await dismissFinding(user, String(reference), input);
    return { status: "saved" as const };
  });
}

export async function restoreFindingAction(reference: string, input: unknown) {
  return authenticatedAction("restoreFinding", async (user) => {
    await restoreFinding(user, String(reference), input);
    return { status: "saved" as const };
  });
}
