import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/safe-return-path";
import { workspaceIsEmpty } from "@/lib/users/workspace-is-empty";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const returnTo = safeReturnPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(returnTo);
  // A brand-new workspace has nobody to sign in as: start with the first account.
  if (await workspaceIsEmpty()) redirect("/sign-up");
  return (
    <div className="auth-page card stack">
      <h1>Sign in to Debrief</h1>
      <SignInForm returnTo={returnTo} />
      <p className="small muted">
        No account yet? <Link href="/sign-up">Create one</Link>.
      </p>
    </div>
  );
}
