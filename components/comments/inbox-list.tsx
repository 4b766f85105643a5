"use client";

// The inbox's entries: newest first, unread marked. Opening one marks it read and goes to
// the exact place of the thread; "Mark all read" empties the badge.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/app/inbox/actions";
import { INBOX_CHANGED_EVENT } from "@/components/comments/inbox-link";
import { formatCommentTime } from "@/components/comments/thread-card";
import type { InboxEntry } from "@/lib/comments/inbox";
import { revealInvisible } from "@/lib/text/clean-text";

const KIND_TEXT: Record<InboxEntry["kind"], string> = {
  mention: "mentioned you",
  reply: "replied in a thread you took part in",
  resolved: "resolved a thread you took part in",
};

export function InboxList({ entries: initial }: { entries: InboxEntry[] }) {
  const router = useRouter();
  const [entries, setEntries] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  const unread = entries.filter((entry) => !entry.isRead).length;

  function markedRead(ids: ReadonlySet<string> | "all") {
    setEntries((current) =>
      current.map((entry) =>
        ids === "all" || ids.has(entry.id) ? { ...entry, isRead: true } : entry,
      ),
    );
    window.dispatchEvent(new Event(INBOX_CHANGED_EVENT));
  }

  async function open(entry: InboxEntry) {
    if (!entry.isRead) {
      const result = await markNotificationReadAction({ notificationId: entry.id });
      if (result.status !== "error") markedRead(new Set([entry.id]));
    }
    router.push(entry.href);
  }

  return (
    <div className="stack">
      <div className="row">
        <p className="grow muted" role="status" data-testid="inbox-summary">
          {entries.length === 0
            ? ""
            : unread === 0
              ? "Everything here is read."
              : `${unread} unread`}
        </p>
        {unread > 0 && (
          <button
            type="button"
            onClick={async () => {
              const result = await markAllNotificationsReadAction();
              if (result.status === "error") setMessage(result.message);
              else markedRead("all");
            }}
          >
            Mark all read
          </button>
        )}
      </div>
      {message && (
        <p className="banner error" role="alert">
          {message}
        </p>
      )}
      {entries.length === 0 ? (
        <div className="card empty">
          <p>Nothing here yet.</p>
          <p className="muted small">
            When someone mentions you in a comment, replies in a thread you took part in or resolves
            your thread, it shows up here.
          </p>
        </div>
      ) : (
        <ol className="card plain-list" style={{ padding: 0 }} aria-label="Notifications">
          {entries.map((entry) => (
            <li
              key={entry.id}
              className={`inbox-entry${entry.isRead ? "" : " is-unread"}`}
              data-testid="inbox-entry"
              data-unread={entry.isRead ? undefined : "true"}
            >
              {!entry.isRead && <span className="unread-dot" aria-label="Unread" />}
              <div className="grow stack-tight">
                <p style={{ margin: 0 }}>
                  <strong>{revealInvisible(entry.actorName)}</strong> {KIND_TEXT[entry.kind]} on{" "}
                  {revealInvisible(entry.anchorLabel)} in{" "}
                  <span className="muted">{entry.incidentReference}</span>{" "}
                  {revealInvisible(entry.incidentTitle)}
                </p>
                {entry.excerpt && (
                  <p className="muted small comment-body" style={{ margin: 0 }}>
                    {revealInvisible(entry.excerpt)}
                  </p>
                )}
                <p className="small" style={{ margin: 0 }}>
                  <a
                    href={entry.href}
                    onClick={(event) => {
                      if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                      event.preventDefault();
                      void open(entry);
                    }}
                  >
                    Open
                  </a>{" "}
                  <span className="muted">· {formatCommentTime(entry.createdAt)}</span>
                  {!entry.isRead && (
                    <>
                      {" "}
                      <button
                        type="button"
                        className="link small"
                        onClick={async () => {
                          const result = await markNotificationReadAction({
                            notificationId: entry.id,
                          });
                          if (result.status === "error") setMessage(result.message);
                          else markedRead(new Set([entry.id]));
                        }}
                      >
                        Mark read
                      </button>
                    </>
                  )}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
