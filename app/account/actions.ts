"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authenticatedAction } from "@/lib/actions/authenticated-action";
import { getCurrentSession } from "@/lib/auth/current-user";
import { clearSessionCookie } from "@/lib/auth/session-cookie";
import { endAllSessions, endSession } from "@/lib/auth/user-sessions";
import { AppError } from "@/lib/errors";
import { changePassword } from "@/lib/users/change-password";
import { setDisplayZone } from "@/lib/users/set-display-zone";

export async function changePasswordAction(input: unknown) {
  return authenticatedAction("changePassword", async (user) => {
    const session = await getCurrentSession();
    if (!session) throw new AppError("unauthenticated", "Your session has ended. Sign in again.");
    await changePassword(user, session.sessionId, input);
    return { status: "saved" as const };
  });
}

// Ends this browser's session: its row is deleted, so a copy of the cookie is worthless.
export async function signOutAction(): Promise<void> {
  const session = await getCurrentSession();
  if (session) await endSession(session.sessionId);
  await clearSessionCookie();
  redirect("/sign-in");
}

// Ends every session of the signed-in person, this one included.
export async function signOutEverywhereAction(): Promise<void> {
  const session = await getCurrentSession();
  if (session) await endAllSessions(session.user.id);
  await clearSessionCookie();
  redirect("/sign-in");
}

// "Show times in": UTC, the person's own zone or the incident's. Pages read it on render.
export async function setDisplayZoneAction(input: unknown) {
  return authenticatedAction("setDisplayZone", async (user) => {
    const displayZone = await setDisplayZone(user, input);
    revalidatePath("/", "layout");
    return { status: "saved" as const, displayZone };
  });
}
