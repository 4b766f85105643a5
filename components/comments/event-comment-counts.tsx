"use client";

// A speech bubble and "2" on timeline rows: open comment threads per event, loaded once for the timeline and
// again whenever comments change (live). A context, so the virtualised list's rows read it
// without the list passing it along.
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { fetchEventThreadCounts } from "@/components/comments/comments-api";
import { useIncidentChanges } from "@/components/live/incident-live";

const CountsContext = createContext<Readonly<Record<string, number>>>({});

export function EventCommentCounts({
  reference,
  children,
}: {
  reference: string;
  children: ReactNode;
}) {
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    void fetchEventThreadCounts(reference, controller.signal).then((answer) => {
      if (answer.ok) setCounts(answer.value);
    });
    return () => controller.abort();
  }, [reference, generation]);
  // Someone else's comment arrives live; one's own is refreshed by the panel's focus/close.
  useIncidentChanges(["comments"], () => setGeneration((value) => value + 1));
  useEffect(() => {
    const refresh = () => setGeneration((value) => value + 1);
    window.addEventListener(COMMENTS_CHANGED_EVENT, refresh);
    return () => window.removeEventListener(COMMENTS_CHANGED_EVENT, refresh);
  }, []);
  return <CountsContext.Provider value={counts}>{children}</CountsContext.Provider>;
}

/** Sent by a comment view after the viewer's own change, so counts elsewhere follow. */
export const COMMENTS_CHANGED_EVENT = "debrief:comments-changed";

export function EventCommentBadge({ eventId }: { eventId: string }) {
  const count = useContext(CountsContext)[eventId] ?? 0;
  if (count === 0) return null;
  return (
    <span
      className="badge comment-count"
      title={`${count} open comment thread${count === 1 ? "" : "s"}`}
      data-testid="row-comment-count"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        width="11"
        height="11"
        style={{ verticalAlign: "-1px", marginRight: "0.2rem" }}
      >
        <path
          d="M2 2.5h12v8H6.5L3 13.5v-3H2z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
      </svg>
      {count}
      <span className="sr-only"> open comment thread{count === 1 ? "" : "s"}</span>
    </span>
  );
}
