"use client";

// One event, opened from the list: its raw lines in context, attributes, trace link, and
// (for editors) the edit form with per-event conflict handling, delete and restore.
import { useEffect, useState } from "react";
import {
  deleteTimelineEventAction,
  restoreTimelineEventAction,
  updateTimelineEventAction,
} from "@/app/incidents/[reference]/timeline/actions";
import { CommentThreads } from "@/components/comments/comment-threads";
import { fetchTimelineEvent } from "@/components/timeline/timeline-api";
import { eventValuesSchema, type EventValues } from "@/lib/timeline/event-edit-input";
import type { TimelineEventDetail } from "@/lib/timeline/event-view";
import { KeyMomentOptions } from "@/components/timeline/key-moment-options";
import { FocusEveryoneButton } from "@/components/meeting/focus-everyone-button";
import { KEY_MOMENT_LABELS } from "@/lib/evidence/evidence-input";
import { revealInvisible } from "@/lib/text/clean-text";
import { formatFullTime, type DisplayZone } from "@/lib/time/display-zone";
import { describeFlag } from "@/lib/timeline/source-chip";
import { FIELDS_NEED_ATTENTION, fieldErrorsOf } from "@/lib/validation/field-errors";

interface Conflict {
  theirs: EventValues;
  mine: EventValues;
  version: number;
  updatedBy: string;
}

export function EventPanel({
  reference,
  eventId,
  canEdit,
  onChanged,
  onClose,
  displayZone,
}: {
  displayZone: Pick<DisplayZone, "zone" | "label">;
  reference: string;
  eventId: string;
  canEdit: boolean;
  onChanged: () => void;
  onClose: () => void;
}) {
  const [detail, setDetail] = useState<TimelineEventDetail | null>(null);
  const [contextSize, setContextSize] = useState(0);
  const [values, setValues] = useState<EventValues | null>(null);
  const [version, setVersion] = useState(0);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  // Bumped after each change so the panel shows what was stored (originals, flags).
  const [reloads, setReloads] = useState(0);
  // An event opened from a link (?event=…) may be gone or never have existed.
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void fetchTimelineEvent(reference, eventId, contextSize).then((answer) => {
      if (!isCurrent) return;
      if (!answer.ok) {
        if (answer.reason !== "aborted") setLoadError(answer.message);
        return;
      }
      const body = answer.value;
      setDetail(body);
      setValues((current) => current ?? valuesOf(body));
      setVersion((current) => current || body.version);
    });
    return () => {
      isCurrent = false;
    };
  }, [reference, eventId, contextSize, reloads]);

  if (loadError && !detail) {
    return (
      <aside className="event-panel card stack" aria-label="Event" data-testid="event-panel">
        <p role="alert">{loadError}</p>
        <button type="button" className="link" onClick={onClose}>
          Close
        </button>
      </aside>
    );
  }
  if (!detail || !values) return <aside className="event-panel card">Loading…</aside>;

  const save = async (toSave: EventValues, baseVersion: number) => {
    setMessage(null);
    // The server's schema first: a message far past its limit gets its field error here
    // instead of being sent (and refused for its size before it is read).
    const checked = eventValuesSchema.safeParse(toSave);
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error, { within: "values" }));
      setMessage(FIELDS_NEED_ATTENTION);
      return;
    }
    const result = await updateTimelineEventAction(reference, {
      eventId,
      baseVersion,
      values: toSave,
    });
    if (result.status === "saved") {
      setVersion(result.version);
      setConflict(null);
      setErrors({});
      setMessage("Saved.");
      setReloads((value) => value + 1);
      onChanged();
    } else if (result.status === "conflict") {
      setConflict({
        theirs: result.theirs,
        mine: toSave,
        version: result.version,
        updatedBy: result.updatedBy,
      });
    } else if (result.status === "invalid") {
      setErrors(result.fieldErrors);
      setMessage(result.message);
    } else {
      setMessage(result.message);
    }
  };

  const set = (patch: Partial<EventValues>) => setValues({ ...values, ...patch });

  return (
    <aside className="event-panel card stack" aria-label="Event" data-testid="event-panel">
      <div className="row">
        <h3 className="grow">Event</h3>
        <button type="button" className="link" onClick={onClose}>
          Close
        </button>
      </div>
      <p>
        <strong data-testid="event-time">{formatFullTime(detail.time, displayZone)}</strong>
        {detail.originalTimeText && (
          <span className="muted small"> · written as “{detail.originalTimeText}”</span>
        )}
      </p>
      {detail.isDeleted ? (
        <p className="banner warn">This event is deleted.</p>
      ) : (
        <FocusEveryoneButton target={{ kind: "event", id: detail.id }} />
      )}
      <pre className="event-message" data-testid="event-message">
        {revealInvisible(detail.message)}
      </pre>
      {(detail.originalMessage !== null ||
        detail.originalTime !== null ||
        detail.originalService !== null) && (
        <div className="banner" data-testid="event-original">
          <strong>Original from the evidence</strong>
          {detail.originalTime && (
            <div>Time: {formatFullTime(detail.originalTime, displayZone)}</div>
          )}
          {detail.originalService !== null && <div>Service: {detail.originalService || "—"}</div>}
          {detail.originalMessage !== null && (
            <pre className="event-message">{detail.originalMessage}</pre>
          )}
        </div>
      )}
      <dl className="event-facts">
        <dt>Service</dt>
        <dd>{detail.service ?? "—"}</dd>
        {detail.host && (
          <>
            <dt>Host</dt>
            <dd>{detail.host}</dd>
          </>
        )}
        <dt>Level</dt>
        <dd>{detail.level ?? "—"}</dd>
        <dt>Source</dt>
        <dd>
          {detail.isManual
            ? `Added by hand by ${detail.authorName ?? "a former account"}`
            : `${detail.sourceName ?? "—"}, line ${detail.lineStart}${detail.lineEnd !== detail.lineStart ? `–${detail.lineEnd}` : ""}`}
        </dd>
        {detail.traceId && (
          <>
            <dt>Trace</dt>
            <dd>
              <a
                href={`/incidents/${reference}/timeline/traces?trace=${encodeURIComponent(detail.traceId)}`}
              >
                {detail.traceId}
              </a>
              {detail.spanId && <span className="muted small"> · span {detail.spanId}</span>}
            </dd>
          </>
        )}
      </dl>
      {canEdit && !detail.isDeleted && (
        <p className="small">
          <a href={`/incidents/${reference}/models?event=${encodeURIComponent(detail.id)}`}>
            Write a note here
          </a>{" "}
          <span className="muted">(what you knew at this moment)</span>
        </p>
      )}
      {detail.flags.length > 0 && (
        <ul className="plain-list small" aria-label="Assumptions about this event">
          {detail.flags.map((flag) => {
            const { label, detail: meaning } = describeFlag(flag);
            return (
              <li key={flag}>
                <span className="badge flag">{label}</span> <span className="muted">{meaning}</span>
              </li>
            );
          })}
        </ul>
      )}
      {!detail.isManual && (
        <div>
          <button
            type="button"
            onClick={() => setContextSize(contextSize === 0 ? 10 : contextSize + 20)}
          >
            {contextSize === 0 ? "Show in context" : "Show more context"}
          </button>
          <ol className="raw-context" data-testid="raw-context">
            {detail.context.map((line) => (
              <li key={line.line} className={line.isEvent ? "is-event" : undefined}>
                <span className="line-number">{line.line}</span>
                <code>{revealInvisible(line.text)}</code>
              </li>
            ))}
          </ol>
        </div>
      )}
      {detail.attributes && Object.keys(detail.attributes).length > 0 && (
        <details>
          <summary>Attributes ({Object.keys(detail.attributes).length})</summary>
          <dl className="event-facts" data-testid="event-attributes">
            {Object.entries(detail.attributes).map(([key, value]) => (
              <div key={key} style={{ display: "contents" }}>
                <dt>{key}</dt>
                <dd>
                  <code>{typeof value === "string" ? value : JSON.stringify(value)}</code>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}

      <CommentThreads
        reference={reference}
        query={{ kind: "event", eventId }}
        canWrite={canEdit}
        title="Comments"
        newThread={
          detail.isDeleted
            ? null
            : { anchor: { kind: "event", eventId }, label: "Comment on this event" }
        }
      />

      {canEdit && !detail.isDeleted && (
        <form
          className="stack-tight"
          onSubmit={(event) => {
            event.preventDefault();
            void save(values, version);
          }}
        >
          <h4>Edit</h4>
          <label className="field">
            <span>Time (UTC, ISO)</span>
            <input value={values.time} onChange={(event) => set({ time: event.target.value })} />
            <FieldError messages={errors.time} />
          </label>
          <label className="field">
            <span>Service</span>
            <input
              value={values.service}
              onChange={(event) => set({ service: event.target.value })}
            />
          </label>
          <label className="field">
            <span>Message</span>
            <textarea
              rows={3}
              value={values.message}
              onChange={(event) => set({ message: event.target.value })}
            />
            <FieldError messages={errors.message} />
          </label>
          <label className="field">
            <span>Key moment</span>
            <select
              value={values.keyMoment ?? ""}
              onChange={(event) =>
                set({ keyMoment: (event.target.value || null) as EventValues["keyMoment"] })
              }
            >
              <option value="">Not a key moment</option>
              <KeyMomentOptions />
            </select>
          </label>
          {values.keyMoment && (
            <label className="field">
              <span>Key moment note</span>
              <textarea
                rows={2}
                value={values.keyMomentNote}
                onChange={(event) => set({ keyMomentNote: event.target.value })}
              />
            </label>
          )}
          <div className="row">
            <button type="submit" className="primary">
              Save event
            </button>
            <button
              type="button"
              className="danger"
              onClick={async () => {
                const result = await deleteTimelineEventAction(reference, eventId);
                if (result.status === "done") {
                  onChanged();
                  onClose();
                } else setMessage(result.message);
              }}
            >
              Delete
            </button>
          </div>
          {message && <p role="status">{message}</p>}
        </form>
      )}
      {canEdit && detail.isDeleted && (
        <button
          type="button"
          onClick={async () => {
            const result = await restoreTimelineEventAction(reference, eventId);
            if (result.status === "done") {
              onChanged();
              onClose();
            } else setMessage(result.message);
          }}
        >
          Restore
        </button>
      )}

      {conflict && (
        <div className="banner warn conflict" data-testid="event-conflict" role="alert">
          <p>
            <strong>
              {revealInvisible(conflict.updatedBy)} changed this event while you were editing.
            </strong>{" "}
            Nothing was overwritten. Compare and choose:
          </p>
          <div className="grid-2">
            <div data-testid="conflict-theirs">
              <h4>Theirs</h4>
              <ValuesView displayZone={displayZone} values={conflict.theirs} />
            </div>
            <div data-testid="conflict-mine">
              <h4>Yours</h4>
              <ValuesView displayZone={displayZone} values={conflict.mine} />
            </div>
          </div>
          <div className="row">
            <button type="button" onClick={() => void save(conflict.mine, conflict.version)}>
              Save mine over theirs
            </button>
            <button
              type="button"
              onClick={() => {
                setValues(conflict.theirs);
                setVersion(conflict.version);
                setConflict(null);
                onChanged();
              }}
            >
              Take theirs
            </button>
          </div>
        </div>
      )}
    </aside>
  );
}

function ValuesView({
  values,
  displayZone,
}: {
  values: EventValues;
  displayZone: Pick<DisplayZone, "zone" | "label">;
}) {
  return (
    <dl className="event-facts">
      <dt>Time</dt>
      <dd>{formatFullTime(values.time, displayZone)}</dd>
      <dt>Service</dt>
      <dd>{revealInvisible(values.service) || "—"}</dd>
      <dt>Message</dt>
      <dd className="event-message">{revealInvisible(values.message)}</dd>
      <dt>Key moment</dt>
      <dd>
        {values.keyMoment ? KEY_MOMENT_LABELS[values.keyMoment] : "—"}
        {values.keyMomentNote ? `: ${revealInvisible(values.keyMomentNote)}` : ""}
      </dd>
    </dl>
  );
}

function FieldError({ messages }: { messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return <span className="field-error">{messages.join(" ")}</span>;
}

function valuesOf(detail: TimelineEventDetail): EventValues {
  return {
    time: detail.time,
    message: detail.message,
    service: detail.service ?? "",
    keyMoment: detail.keyMoment,
    keyMomentNote: detail.keyMomentNote,
  };
}
