import type { Metadata } from "next";
import { InboxList } from "@/components/comments/inbox-list";
import { requirePageUser } from "@/lib/auth/current-user";
import { listInbox } from "@/lib/comments/inbox";

export const metadata: Metadata = { title: "Inbox" };
export const dynamic = "force-dynamic";

// Mentions, replies and resolutions addressed to the signed-in person, re-checked against
// what they may see now.
export default async function InboxPage() {
  const user = await requirePageUser("/inbox");
  const entries = await listInbox(user);
  return (
    <div className="stack">
      <h1>Inbox</h1>
      <InboxList entries={entries} />
    </div>
  );
}
