"use client";

// One anchor's comment threads (an event's, a note's, a diagram's, the narrative's), kept
// current live: when someone else comments, the list reloads through the authorised route
// and marks what changed. Opened from the inbox (#thread-<id>), it scrolls to the thread.
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { createThreadAction } from "@/app/incidents/[reference]/comments-actions";
import { CommentComposer } from "@/components/comments/comment-composer";
import { fetchThreads } from "@/components/comments/comments-api";
import { COMMENTS_CHANGED_EVENT } from "@/components/comments/event-comment-counts";
import { ThreadCard } from "@/components/comments/thread-card";
import { flashChanged } from "@/components/live/flash-changed";
import { useIncidentChanges, useLiveViewerId } from "@/components/live/incident-live";
import type { CommentAnchor, ThreadQuery } from "@/lib/comments/comment-input";
import type { ThreadView } from "@/lib/comments/list-threads";
import "@/components/comments/comments.css";

export function CommentThreads(props: {
  reference: string;
  query: ThreadQuery;
  canWrite: boolean;
  title?: string;
  /** Where a new thread goes; null or absent: no "new thread" box here. */
  newThread?: { anchor: CommentAnchor; label: string } | null;
  headingOf?: (thread: ThreadView) => ReactNode;
  emptyText?: string;
  /** Called with the loaded threads (for counts shown elsewhere). */
  onLoaded?: (threads: ThreadView[]) => void;
  /** Shown just above the new-thread box (a choice of where the thread goes). */
  composerHeader?: ReactNode;
  /** Called after the viewer started a thread here. */
  onPosted?: () => void;
}) {
  const viewerId = useLiveViewerId();
  const [threads, setThreads] = useState<ThreadView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const queryKey = JSON.stringify(props.query);
  const onLoaded = useRef(props.onLoaded);
  useEffect(() => {
    onLoaded.current = props.onLoaded;
  });
  const hasScrolled = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    void fetchThreads(props.reference, JSON.parse(queryKey) as ThreadQuery, controller.signal).then(
      (answer) => {
        if (!answer.ok) {
          if (answer.reason !== "aborted") setError(answer.message);
          return;
        }
        setError(null);
        setThreads(answer.value);
        onLoaded.current?.(answer.value);
      },
    );
    return () => controller.abort();
  }, [props.reference, queryKey, generation]);

  // Opened from the inbox: bring the thread into view once it is there.
  useEffect(() => {
    if (!threads || hasScrolled.current) return;
    const hash = window.location.hash.slice(1);
    const target = threads.find((thread) => `thread-${thread.id}` === hash);
    if (!target) return;
    hasScrolled.current = true;
    const element = document.getElementById(hash);
    element?.scrollIntoView({ block: "center" });
    element?.focus({ preventScroll: true });
    flashChanged([target.id]);
  }, [threads]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  // After the viewer's own change: reload here, and let counts elsewhere follow.
  const changed = useCallback(() => {
    reload();
    window.dispatchEvent(new Event(COMMENTS_CHANGED_EVENT));
  }, [reload]);
  useIncidentChanges(["comments"], (change) => {
    reload();
    flashChanged(change.ids);
  });
  // Narrative threads say whether their quote is still there, from the saved snapshot.
  useIncidentChanges(props.query.kind === "narrative" ? ["narrative"] : [], reload);

  const newThread = props.newThread;
  return (
    <section
      className="comment-threads stack-tight"
      aria-label={props.title ?? "Comments"}
      data-testid="comment-threads"
    >
      {props.title && <h4>{props.title}</h4>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {threads === null && !error && <p className="muted small">Loading comments…</p>}
      {threads?.length === 0 && (
        <p className="muted small">{props.emptyText ?? "No comments yet."}</p>
      )}
      {threads?.map((thread) => (
        <ThreadCard
          key={thread.id}
          reference={props.reference}
          thread={thread}
          viewerId={viewerId}
          canWrite={props.canWrite}
          heading={props.headingOf?.(thread)}
          onChanged={changed}
        />
      ))}
      {props.canWrite && props.composerHeader}
      {props.canWrite && newThread && (
        <CommentComposer
          key={JSON.stringify(newThread.anchor)}
          reference={props.reference}
          label={newThread.label}
          submitLabel="Comment"
          onSubmit={async (body, mentionIds) => {
            const result = await createThreadAction(props.reference, {
              anchor: newThread.anchor,
              body,
              mentionIds,
            });
            if (result.status === "error") return result.message;
            changed();
            props.onPosted?.();
            return null;
          }}
        />
      )}
    </section>
  );
}
