// A brand-new workspace has no account yet: its first sign-up becomes the admin.
import "server-only";
import { db } from "@/lib/db";

export async function workspaceIsEmpty(): Promise<boolean> {
  return (await db.user.count()) === 0;
}
