"use client";

// One comment thread: its comments (mentions highlighted), a reply box, resolve / reopen,
// and editing one's own words. `data-live-id` lets live updates mark what changed.
import { useState, type ReactNode } from "react";
import {
  editCommentAction,
  replyToThreadAction,
  setThreadStatusAction,
} from "@/app/incidents/[reference]/comments-actions";
import { CommentComposer } from "@/components/comments/comment-composer";
import { MentionText } from "@/components/comments/mention-text";
import type { CommentView, ThreadView } from "@/lib/comments/list-threads";
import { revealInvisible } from "@/lib/text/clean-text";

export function formatCommentTime(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}

export function ThreadCard(props: {
  reference: string;
  thread: ThreadView;
  viewerId: string | null;
  canWrite: boolean;
  heading?: ReactNode;
  onChanged: () => void;
}) {
  const { thread } = props;
  const [isReplying, setIsReplying] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const isResolved = thread.status === "resolved";

  async function setStatus(status: "open" | "resolved") {
    setMessage(null);
    const result = await setThreadStatusAction({ threadId: thread.id, status });
    if (result.status === "error") setMessage(result.message);
    else props.onChanged();
  }

  return (
    <article
      id={`thread-${thread.id}`}
      className={`comment-thread${isResolved ? " is-resolved" : ""}`}
      data-live-id={thread.id}
      data-testid="comment-thread"
      aria-label={isResolved ? "Resolved comment thread" : "Comment thread"}
      tabIndex={-1}
    >
      <div className="row tight">
        <div className="grow">{props.heading}</div>
        {isResolved ? (
          <span className="badge status-published" data-testid="thread-status">
            Resolved{thread.resolvedByName ? ` by ${revealInvisible(thread.resolvedByName)}` : ""}
          </span>
        ) : (
          <span className="badge" data-testid="thread-status">
            Open
          </span>
        )}
      </div>
      <ol className="comment-list">
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            canEdit={props.canWrite && comment.authorId === props.viewerId}
            onChanged={props.onChanged}
          />
        ))}
      </ol>
      {props.canWrite && (
        <div className="row tight">
          {!isReplying && (
            <button type="button" className="link" onClick={() => setIsReplying(true)}>
              Reply
            </button>
          )}
          <button
            type="button"
            className="link"
            onClick={() => void setStatus(isResolved ? "open" : "resolved")}
          >
            {isResolved ? "Reopen" : "Resolve"}
          </button>
        </div>
      )}
      {isReplying && (
        <CommentComposer
          reference={props.reference}
          label="Reply"
          submitLabel="Reply"
          autoFocus
          onCancel={() => setIsReplying(false)}
          onSubmit={async (body, mentionIds) => {
            const result = await replyToThreadAction({ threadId: thread.id, body, mentionIds });
            if (result.status === "error") return result.message;
            setIsReplying(false);
            props.onChanged();
            return null;
          }}
        />
      )}
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
    </article>
  );
}

function CommentItem(props: { comment: CommentView; canEdit: boolean; onChanged: () => void }) {
  const { comment } = props;
  const [isEditing, setIsEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const [error, setError] = useState<string | null>(null);
  return (
    <li className="comment" data-live-id={comment.id} data-testid="comment">
      <p className="small">
        <strong>{revealInvisible(comment.authorName)}</strong>{" "}
        <span className="muted">
          {formatCommentTime(comment.createdAt)}
          {comment.editedAt ? " · edited" : ""}
        </span>
        {props.canEdit && !isEditing && (
          <>
            {" "}
            <button type="button" className="link small" onClick={() => setIsEditing(true)}>
              Edit
            </button>
          </>
        )}
      </p>
      {isEditing ? (
        <div className="stack-tight">
          <textarea
            rows={3}
            value={draft}
            aria-label="Edit comment"
            onChange={(event) => setDraft(event.target.value)}
          />
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="row tight">
            <button
              type="button"
              className="primary"
              onClick={async () => {
                const result = await editCommentAction({ commentId: comment.id, body: draft });
                if (result.status === "error") {
                  setError(result.message);
                  return;
                }
                setIsEditing(false);
                props.onChanged();
              }}
            >
              Save
            </button>
            <button
              type="button"
              className="link"
              onClick={() => {
                setDraft(comment.body);
                setIsEditing(false);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <MentionText body={comment.body} names={comment.mentionNames} />
      )}
    </li>
  );
}
