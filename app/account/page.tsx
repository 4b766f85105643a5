import type { Metadata } from "next";
import { signOutEverywhereAction } from "@/app/account/actions";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requirePageUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  return (
    <div className="stack">
      <h1>Your account</h1>
      <p className="muted">
        {user.name} · {user.email}
      </p>
      <section className="card stack">
        <h2>Change password</h2>
        <p className="small muted">
          Your other sessions end when you change it; this one stays signed in.
        </p>
        <ChangePasswordForm />
      </section>
      <section className="card stack">
        <h2>Sessions</h2>
        <p className="small muted">
          Signed in on a computer you no longer use, or lost one? This ends every session of yours,
          this one included.
        </p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="danger">
            Sign out everywhere
          </button>
        </form>
      </section>
    </div>
  );
}
