"use client";

// The comment box: plain text with an @mention autocomplete (an ARIA combobox: arrow keys
// move, Enter or Tab picks, Escape closes) of the people who may see the incident, language
// prompts as you type, and the server's refusal shown next to the box with the words kept.
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { CommentLanguageNotes } from "@/components/comments/comment-language-notes";
import { fetchMentionCandidates } from "@/components/comments/comments-api";
import { COMMENT_MAX_LENGTH } from "@/lib/comments/comment-input";
import {
  activeMentionQuery,
  insertMention,
  matchesMentionQuery,
  type MentionPerson,
  type MentionQuery,
} from "@/lib/comments/mention-tokens";
import { revealInvisible } from "@/lib/text/clean-text";

const MAX_OPTIONS = 8;

export function CommentComposer(props: {
  reference: string;
  label: string;
  submitLabel: string;
  placeholder?: string;
  autoFocus?: boolean;
  /** Resolves to an error message to show, or null when posted (the box then empties). */
  onSubmit: (body: string, mentionIds: string[]) => Promise<string | null>;
  onCancel?: () => void;
}) {
  const id = useId();
  const listId = `${id}-people`;
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const [text, setText] = useState("");
  const [people, setPeople] = useState<MentionPerson[] | null>(null);
  const [picked, setPicked] = useState<MentionPerson[]>([]);
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [isPosting, setIsPosting] = useState(false);

  const options =
    query && people
      ? people
          .filter((person) => matchesMentionQuery(person.name, query.query))
          .slice(0, MAX_OPTIONS)
      : [];
  const isOpen = query !== null && options.length > 0;

  function follow(value: string, caret: number) {
    const next = activeMentionQuery(value, caret);
    setQuery(next);
    setActive(0);
    if (next && people === null) {
      void fetchMentionCandidates(props.reference).then((answer) => {
        if (answer.ok) setPeople(answer.value);
        else setError(answer.message);
      });
    }
  }

  function pick(person: MentionPerson) {
    const element = textarea.current;
    if (!element || !query) return;
    const inserted = insertMention(text, element.selectionStart, query, person);
    setText(inserted.text);
    setPicked((current) =>
      current.some((candidate) => candidate.id === person.id) ? current : [...current, person],
    );
    setQuery(null);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(inserted.caret, inserted.caret);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (isOpen) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActive((current) => (current + step + options.length) % options.length);
        return;
      }
      if (event.key === "Enter" || event.key === "Tab") {
        const person = options[active];
        if (person) {
          event.preventDefault();
          pick(person);
        }
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        setQuery(null);
        return;
      }
    }
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void submit();
    }
  }

  async function submit() {
    if (isPosting) return;
    if (!text.trim()) {
      setError("Write a comment first.");
      return;
    }
    setIsPosting(true);
    setError(null);
    const failure = await props.onSubmit(
      text,
      picked.map((person) => person.id),
    );
    setIsPosting(false);
    if (failure) {
      setError(failure);
      return;
    }
    setText("");
    setPicked([]);
    setQuery(null);
  }

  const isTooLong = text.length > COMMENT_MAX_LENGTH;
  return (
    <div
      className="comment-composer stack-tight"
      role="group"
      aria-label={props.label}
      onKeyDown={(event) => {
        // Enter in the box must never submit a form around it (the event panel's edit form).
        if (event.key === "Enter") event.stopPropagation();
      }}
    >
      <div className="mention-anchor">
        <textarea
          ref={textarea}
          rows={3}
          value={text}
          aria-label={props.label}
          placeholder={props.placeholder ?? "Write a comment. Type @ to mention someone."}
          autoFocus={props.autoFocus}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={isOpen}
          aria-controls={listId}
          aria-activedescendant={isOpen ? `${listId}-${active}` : undefined}
          aria-invalid={error !== null || isTooLong}
          onChange={(event) => {
            setText(event.target.value);
            follow(event.target.value, event.target.selectionStart);
          }}
          onKeyDown={onKeyDown}
          onClick={(event) => follow(text, event.currentTarget.selectionStart)}
          onBlur={() => setTimeout(() => setQuery(null), 150)}
          data-testid="comment-input"
        />
        <ul
          id={listId}
          role="listbox"
          className="mention-options"
          hidden={!isOpen}
          aria-label="People"
        >
          {options.map((person, index) => (
            <li
              key={person.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(person);
              }}
              onMouseEnter={() => setActive(index)}
            >
              {revealInvisible(person.name)}
            </li>
          ))}
        </ul>
      </div>
      <CommentLanguageNotes text={text} />
      {isTooLong && (
        <p className="field-error">
          Keep a comment to 5,000 characters or fewer ({text.length.toLocaleString("en")} now).
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="row tight">
        <button
          type="button"
          className="primary"
          disabled={isPosting || isTooLong}
          onClick={() => void submit()}
        >
          {isPosting ? "Posting…" : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="link" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </div>
  );
}
