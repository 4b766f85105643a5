// The signed-in person, read fresh from the database on each request so a sign-out,
// deactivation or role change takes effect at once, not when the session cookie expires.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { readSession, type CurrentSession } from "@/lib/auth/read-session";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";

export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return readSession({
    headers: Object.fromEntries(headerList),
    cookies: Object.fromEntries(cookieStore.getAll().map((cookie) => [cookie.name, cookie.value])),
  });
});

export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await getCurrentSession())?.user ?? null;
}

// Pages: send people who are not signed in to the sign-in page, then back.
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

// Actions and routes: an error the caller maps to 401.
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Your session has ended. Sign in again.");
  return user;
}
