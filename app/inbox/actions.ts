"use server";

// Server actions for the inbox: mark one entry, or all of them, read.
import { authenticatedAction } from "@/lib/actions/authenticated-action";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/comments/inbox";

export async function markNotificationReadAction(input: unknown) {
  return authenticatedAction("markNotificationRead", async (user) => {
    await markNotificationRead(user, input);
    return { status: "done" as const };
  });
}

export async function markAllNotificationsReadAction() {
  return authenticatedAction("markAllNotificationsRead", async (user) => {
    await markAllNotificationsRead(user);
    return { status: "done" as const };
  });
}
