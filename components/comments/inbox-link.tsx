"use client";

// "Inbox (3)" in the header. The server renders the first count; the browser then asks
// again cheaply every 30 seconds, when the tab comes back into view, and when an entry is
// read (the inbox page tells it through a window event).
import Link from "next/link";
import { useEffect, useState } from "react";
import { fetchUnreadCount } from "@/components/comments/comments-api";
import "@/components/comments/comments.css";

const POLL_MS = 30_000;
export const INBOX_CHANGED_EVENT = "debrief:inbox-changed";

export function InboxLink({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  useEffect(() => {
    let controller = new AbortController();
    const check = () => {
      if (document.visibilityState === "hidden") return;
      controller.abort();
      controller = new AbortController();
      void fetchUnreadCount(controller.signal).then((answer) => {
        if (answer.ok) setUnread(answer.value);
      });
    };
    const timer = setInterval(check, POLL_MS);
    window.addEventListener("focus", check);
    document.addEventListener("visibilitychange", check);
    window.addEventListener(INBOX_CHANGED_EVENT, check);
    return () => {
      clearInterval(timer);
      controller.abort();
      window.removeEventListener("focus", check);
      document.removeEventListener("visibilitychange", check);
      window.removeEventListener(INBOX_CHANGED_EVENT, check);
    };
  }, []);
  return (
    <Link
      href="/inbox"
      aria-label={unread > 0 ? `Inbox, ${unread} unread` : "Inbox"}
      data-testid="inbox-link"
    >
      Inbox
      {unread > 0 && (
        <span className="inbox-count" data-testid="inbox-count">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
