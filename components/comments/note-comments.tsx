"use client";

// Comments on one note card, folded until opened (a page of notes stays calm). Opened at
// once when the inbox sent the person here (?thread=… and #note-<id>). A thread on a note
// is seen only by who may see the note: the route decides.
import { useEffect, useState } from "react";
import { CommentThreads } from "@/components/comments/comment-threads";

export function NoteComments(props: { reference: string; noteId: string; canWrite: boolean }) {
  const [isOpen, setIsOpen] = useState(false);
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (params.has("thread") && window.location.hash === `#note-${props.noteId}`) {
      setIsOpen(true);
    }
  }, [props.noteId]);
  return (
    <details
      className="note-comments"
      open={isOpen}
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
