"use client";

// The overview's "Comments" panel for the narrative: select words in the narrative, press
// "Comment on selection", and the thread keeps the quoted words with a little context to
// find them again. The selection is read from the page (window.getSelection()) inside the
// narrative's container, found by `containerSelector`, so it works whatever editor renders
// the narrative (plain tiptap today, a co-editing one tomorrow).
import { useEffect, useRef, useState } from "react";
import { CommentThreads } from "@/components/comments/comment-threads";
import type { CommentAnchor } from "@/lib/comments/comment-input";
import { QUOTE_MAX_LENGTH } from "@/lib/comments/comment-input";
import { quoteContext } from "@/lib/comments/quote-anchor";
import { revealInvisible } from "@/lib/text/clean-text";

type NarrativeAnchor = Extract<CommentAnchor, { kind: "narrative" }>;

function readSelection(container: Element): NarrativeAnchor | string {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    return "Select some words of the narrative first, then press “Comment on selection”.";
  }
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) {
    return "Select words inside the narrative to comment on them.";
  }
  const quote = range.toString().trim();
  if (!quote) return "Select some words of the narrative first.";
  if (quote.length > QUOTE_MAX_LENGTH) return "Select at most 1,000 characters to comment on.";
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = document.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(container, container.childNodes.length);
  return { kind: "narrative", quote, ...quoteContext(before.toString(), after.toString()) };
}

export function NarrativeComments(props: {
  reference: string;
  canWrite: boolean;
  containerSelector: string;
}) {
  const [anchor, setAnchor] = useState<NarrativeAnchor | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  // Where to float a small "Comment" button while words of the narrative are selected.
  const [floating, setFloating] = useState<{ top: number; left: number } | null>(null);
  const panel = useRef<HTMLElement | null>(null);
  const { containerSelector, canWrite } = props;

  useEffect(() => {
    if (!canWrite) return;
    const follow = () => {
      const selection = window.getSelection();
      const container = document.querySelector(containerSelector);
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !container) {
        setFloating(null);
        return;
      }
      const range = selection.getRangeAt(0);
      if (!container.contains(range.commonAncestorContainer) || !range.toString().trim()) {
        setFloating(null);
        return;
      }
      const rect = range.getBoundingClientRect();
      // Kept on screen: a selection that runs past the window's edge still gets its button.
      setFloating({
        top: Math.min(Math.max(8, rect.bottom + 6), window.innerHeight - 40),
        left: Math.min(Math.max(8, rect.left), window.innerWidth - 120),
      });
    };
    document.addEventListener("selectionchange", follow);
    window.addEventListener("scroll", follow, { passive: true });
    return () => {
      document.removeEventListener("selectionchange", follow);
      window.removeEventListener("scroll", follow);
    };
  }, [containerSelector, canWrite]);

  function takeSelection(): boolean {
    const container = document.querySelector(containerSelector);
    const read = container ? readSelection(container) : "The narrative is not on this page.";
    if (typeof read === "string") {
      setHint(read);
      return false;
    }
    setHint(null);
    setAnchor(read);
    return true;
  }
  return (
    <section
      ref={panel}
      className="card stack-tight"
      aria-labelledby="narrative-comments-title"
      data-testid="narrative-comments"
    >
      {floating && (
        <button
          type="button"
          className="floating-comment"
          style={{ top: floating.top, left: floating.left }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (!takeSelection()) return;
            setFloating(null);
            panel.current?.scrollIntoView({ block: "center", behavior: "smooth" });
          }}
        >
          Comment
        </button>
      )}
      <div className="row">
        <h2 id="narrative-comments-title" className="grow">
          Comments
        </h2>
        {props.canWrite && (
          <button
            type="button"
            // Keep the selection: a mouse press on the button would otherwise clear it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (takeSelection()) setFloating(null);
            }}
          >
            Comment on selection
          </button>
        )}
      </div>
      {hint && (
        <p className="muted small" role="status">
          {hint}
        </p>
      )}
      {anchor && (
        <blockquote className="comment-quote small" data-testid="selected-quote">
          “{revealInvisible(anchor.quote)}”
        </blockquote>
      )}
      <CommentThreads
        reference={props.reference}
        query={{ kind: "narrative" }}
        canWrite={props.canWrite}
        newThread={anchor ? { anchor, label: "Comment on the selected words" } : null}
        onPosted={() => setAnchor(null)}
        headingOf={(thread) => (
          <div className="stack-tight">
            <blockquote className="comment-quote small">
              “{revealInvisible(thread.quote)}”
            </blockquote>
            {!thread.isQuoteFound && (
              <p className="muted small" data-testid="quote-changed">
                The quoted text was since changed.
              </p>
            )}
          </div>
        )}
        emptyText="No comments on the narrative yet. Select words in it to start one."
      />
    </section>
  );
}
