import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { InboxLink } from "@/components/comments/inbox-link";
import { SignOutButton } from "@/components/sign-out-button";
import { TimeZoneSync } from "@/components/time-zone-sync";
import { getCurrentUser } from "@/lib/auth/current-user";
import { countUnread } from "@/lib/comments/inbox";
import { getViewerZone } from "@/lib/time/viewer-zone";
import { revealInvisible } from "@/lib/text/clean-text";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Debrief", template: "%s · Debrief" },
  description: "Blameless incident reviews from the evidence.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, zone] = await Promise.all([getCurrentUser(), getViewerZone()]);
  const unread = user ? await countUnread(user) : 0;
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="app-header">
          <Link href="/incidents" className="brand">
            Debrief
          </Link>
          {user ? (
            <>
              <nav aria-label="Main">
                <Link href="/incidents">Library</Link>
                <Link href="/insights">Insights</Link>
                <InboxLink initialUnread={unread} />
                <Link href="/search">Search</Link>
                <Link href="/action-items">Action items</Link>
                {user.role !== "viewer" && <Link href="/incidents/new">New incident</Link>}
                {user.role === "admin" && <Link href="/admin/users">People</Link>}
                {user.role === "admin" && <Link href="/admin/templates">Templates</Link>}
                {user.role === "admin" && <Link href="/admin/settings">Settings</Link>}
              </nav>
              <div className="who">
                <span title={user.email}>
                  {revealInvisible(user.name)} · <span className="muted-on-dark">{zone}</span>
                </span>
                <Link href="/account">Account</Link>
                <SignOutButton />
              </div>
            </>
          ) : (
            <span className="spacer" />
          )}
        </header>
        <TimeZoneSync current={zone} />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
