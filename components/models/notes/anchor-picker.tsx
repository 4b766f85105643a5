"use client";

// The moment a note is about: a timeline event, found by its words or service, or a date
// and time in the writer's zone. An event gives the note its exact time and keeps it
// beside that event in the timeline's lanes.
import { useEffect, useState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { fetchTimelineWindow } from "@/components/timeline/timeline-api";
import { formatInstant } from "@/lib/time/zone";
import { revealInvisible } from "@/lib/text/clean-text";

export interface AnchorValue {
  anchorEventId: string | null;
  anchorTime: string;
}

export interface AnchorEvent {
  id: string;
  time: string;
  message: string;
  service: string | null;
}

export function AnchorPicker(props: {
  idPrefix: string;
  reference: string;
  timeZone: string;
  value: AnchorValue;
  event: AnchorEvent | null;
  onChange: (value: AnchorValue, event: AnchorEvent | null) => void;
  errors: Record<string, string[]>;
}) {
  const [mode, setMode] = useState<"event" | "time">(props.value.anchorEventId ? "event" : "time");
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<AnchorEvent[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const { idPrefix } = props;

  // Events matching the words, a moment after typing stops.
  useEffect(() => {
    if (mode !== "event" || !query.trim()) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      void fetchTimelineWindow(
        props.reference,
        { text: query.trim() },
        { offset: 0, limit: 8 },
        controller.signal,
      ).then((answer) => {
        if (controller.signal.aborted) return;
        if (answer.ok) {
          setResults(answer.value.rows);
          setSearchError(null);
        } else {
          setSearchError("The timeline could not be searched; check the connection.");
        }
      });
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [mode, query, props.reference]);

  const choose = (event: AnchorEvent) => {
    props.onChange({ anchorEventId: event.id, anchorTime: props.value.anchorTime }, event);
    setResults(null);
    setQuery("");
  };

  return (
    <fieldset className="anchor-picker">
      <legend>The moment this note is about</legend>
      <div className="row">
        <label className="check">
          <input
            type="radio"
            name={`${idPrefix}-anchor-mode`}
            checked={mode === "event"}
            onChange={() => setMode("event")}
          />
          A timeline event
        </label>
        <label className="check">
          <input
            type="radio"
            name={`${idPrefix}-anchor-mode`}
            checked={mode === "time"}
            onChange={() => {
              setMode("time");
              props.onChange({ anchorEventId: null, anchorTime: props.value.anchorTime }, null);
            }}
          />
          A time
        </label>
      </div>
      {mode === "event" ? (
        <div className="stack-tight">
          {props.event && props.value.anchorEventId ? (
            <p className="anchor-chosen" data-testid="anchor-event">
              <span className="muted">
                {formatInstant(new Date(props.event.time), props.timeZone)}
              </span>{" "}
              {props.event.service && <span className="badge">{props.event.service}</span>}{" "}
              {revealInvisible(props.event.message.slice(0, 160))}
            </p>
          ) : (
            <p className="muted small">No event chosen yet.</p>
          )}
          <label className="field" htmlFor={`${idPrefix}-anchor-search`}>
            <span>Find an event by its words or service</span>
            <input
              id={`${idPrefix}-anchor-search`}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder="e.g. pool timeout"
              autoComplete="off"
            />
          </label>
          {searchError && <p className="field-error">{searchError}</p>}
          {query.trim() && results && (
            <ul className="anchor-results" aria-label="Matching events">
              {results.length === 0 && <li className="muted small">No event matches.</li>}
              {results.map((row) => (
                <li key={row.id}>
                  <button type="button" className="anchor-result" onClick={() => choose(row)}>
                    <span className="muted">
                      {formatInstant(new Date(row.time), props.timeZone)}
                    </span>{" "}
                    {row.service && <span className="badge">{row.service}</span>}{" "}
                    {revealInvisible(row.message.slice(0, 160))}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <FieldError
            id={`${idPrefix}-anchorEventId-error`}
            messages={props.errors.anchorEventId}
          />
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${idPrefix}-anchor-time`}>Date and time ({props.timeZone})</label>
          <input
            id={`${idPrefix}-anchor-time`}
            type="datetime-local"
            value={props.value.anchorTime}
            onChange={(event) =>
              props.onChange({ anchorEventId: null, anchorTime: event.target.value }, null)
            }
            aria-invalid={props.errors.anchorTime ? true : undefined}
          />
        </div>
      )}
      <FieldError id={`${idPrefix}-anchorTime-error`} messages={props.errors.anchorTime} />
    </fieldset>
  );
}
