import type { Metadata } from "next";
import { signOutEverywhereAction } from "@/app/account/actions";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DisplayZoneSwitch } from "@/components/time/display-zone-switch";
import { requirePageUser } from "@/lib/auth/current-user";
import { resolveDisplayZone } from "@/lib/time/display-zone";
import { getDisplayZoneChoice } from "@/lib/time/get-display-zone";
import { getViewerZone } from "@/lib/time/viewer-zone";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  const [choice, viewerZone] = await Promise.all([getDisplayZoneChoice(user), getViewerZone()]);
  // Outside an incident there is no incident zone to fall back from: no note.
  const display = {
    ...resolveDisplayZone(choice, { viewerZone, incidentZone: null }),
    fallbackNote: null,
  };
  return (
    <div className="stack">
      <h1>Your account</h1>
      <p className="muted">
        {user.name} · {user.email}
      </p>
      <section className="card stack" aria-labelledby="times-heading">
        <h2 id="times-heading">Times</h2>
        <p className="small muted">
          How incident times are shown to you: in UTC, in your own time zone, or in the time zone of
          the incident (where it happened; UTC when an incident has none). The timeline, the
          overview and exports follow it, and every time says its zone.
        </p>
        <DisplayZoneSwitch display={display} viewerZone={viewerZone} />
      </section>
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
