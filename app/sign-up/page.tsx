import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { workspaceIsEmpty } from "@/lib/users/workspace-is-empty";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/incidents");
  const isFirstAccount = await workspaceIsEmpty();
  const isOpen = isFirstAccount || env().DEBRIEF_SIGNUP === "open";
  return (
    <div className="auth-page card stack">
      <h1>{isFirstAccount ? "Set up Debrief" : "Create your account"}</h1>
      {isFirstAccount && (
        <p className="muted">
          This is the first account of this workspace: it becomes the admin, who can add people and
          set their roles.
        </p>
      )}
      {isOpen ? (
        <SignUpForm />
      ) : (
        <p className="banner warn">
          Sign-up is closed on this workspace. Ask an admin to create an account for you.
        </p>
      )}
      {!isFirstAccount && (
        <p className="small muted">
          Already have an account? <Link href="/sign-in">Sign in</Link>.
        </p>
      )}
    </div>
  );
}
