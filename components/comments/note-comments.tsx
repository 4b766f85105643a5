"use client";

// Comments on one note card, folded until opened (a page of notes stays calm). Opened at
// once when the inbox sent the person here (?thread=… and #note-<id>). A thread on a note
// is seen only by who may see the note: the route decides.
import { useEffect, useRef, useState } from "react";
import { CommentThreads } from "@/components/comments/comment-threads";

export function NoteComments(props: { reference: string; noteId: string; canWrite: boolean }) {
  const [isOpen, setIsOpen] = useState(false);
  const details = useRef<HTMLDetailsElement | null>(null);
  // Opening the element fires its toggle event, which shows the threads.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (
      details.current &&
      params.has("thread") &&
      window.location.hash === `#note-${props.noteId}`
    ) {
      details.current.open = true;
    }
  }, [props.noteId]);
  return (
    <details
      ref={details}
      className="note-comments"
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary className="small">Comments</summary>
      {isOpen && (
        <CommentThreads
          reference={props.reference}
          query={{ kind: "note", noteId: props.noteId }}
          canWrite={props.canWrite}
          newThread={{
            anchor: { kind: "note", noteId: props.noteId },
            label: "Comment on this note",
          }}
          emptyText="No comments on this note yet."
        />
      )}
    </details>
  );
}
