"use client";
// The agenda with its time boxes: each item's timer from the server's timestamps, the
// current one highlighted, overrun a calm note. The facilitator renames items, changes
// their minutes, removes ones not yet started and adds new ones, before and during.
import { useState } from "react";
import {
  addAgendaItemAction,
  removeAgendaItemAction,
  updateAgendaItemAction,
} from "@/app/incidents/[reference]/review/actions";
import { useMeetingAction } from "@/components/meeting/use-meeting-action";
import {
  describeOverrun,
  formatClock,
  type AgendaItemTiming,
  type AgendaTiming,
} from "@/lib/meetings/agenda-timer";

export function AgendaPanel({
  reference,
  meetingId,
  timing,
  canControl,
}: {
  reference: string;
  meetingId: string;
  timing: AgendaTiming;
  canControl: boolean;
}) {
  const [isEditing, setIsEditing] = useState(false);
  const overall = describeOverrun(timing.overMs);
  return (
    <section className="card stack" aria-labelledby="agenda-title">
      <div className="row">
        <h2 id="agenda-title">Agenda</h2>
        <span className="spacer" />
        <span className="meeting-clock" data-testid="meeting-overall-clock">
          {formatClock(timing.elapsedMs)} of {Math.round(timing.plannedMs / 60_000)} min
        </span>
        {overall && <span className="meeting-overrun small">{overall}</span>}
        {canControl && (
          <button type="button" className="link" onClick={() => setIsEditing(!isEditing)}>
            {isEditing ? "Done editing" : "Edit agenda"}
          </button>
        )}
      </div>
      <ol className="agenda-list" data-testid="agenda">
        {timing.items.map((item) =>
          isEditing ? (
            <AgendaItemEditor
              key={item.id}
              reference={reference}
              meetingId={meetingId}
              item={item}
            />
          ) : (
            <AgendaItemRow key={item.id} item={item} />
          ),
        )}
      </ol>
      {timing.items.length === 0 && <p className="muted">No agenda items. Add one to begin.</p>}
      {isEditing && <NewAgendaItem reference={reference} meetingId={meetingId} />}
    </section>
  );
}

function AgendaItemRow({ item }: { item: AgendaItemTiming }) {
  const overrun = describeOverrun(item.overMs);
  return (
    <li
      className={`agenda-item is-${item.state}`}
      aria-current={item.state === "current" ? "step" : undefined}
    >
      <span>
        {item.title}
        {item.state === "current" && <span className="badge status-in_review">Now</span>}
      </span>
      <span className="meeting-clock small">
        {item.state === "upcoming"
          ? `${item.minutes} min`
          : `${formatClock(item.elapsedMs)} / ${item.minutes} min`}
        {overrun && <span className="meeting-overrun"> · {overrun}</span>}
      </span>
    </li>
  );
}

function AgendaItemEditor({
  reference,
  meetingId,
  item,
}: {
  reference: string;
  meetingId: string;
  item: AgendaItemTiming;
}) {
  const [title, setTitle] = useState(item.title);
  const [minutes, setMinutes] = useState(String(item.minutes));
  const { run, error, isBusy } = useMeetingAction();
  return (
    <li className={`agenda-item is-${item.state}`}>
      <form
        className="agenda-item-edit"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => updateAgendaItemAction(reference, meetingId, item.id, { title, minutes }));
        }}
      >
        <label>
          <span className="sr-only">Item name</span>
          <input value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label>
          <span className="sr-only">Minutes for {item.title}</span>
          <input
            type="number"
            min={1}
            max={240}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </label>
        <button type="submit" disabled={isBusy}>
          Save
        </button>
        {item.state === "upcoming" ? (
          <button
            type="button"
            className="link"
            disabled={isBusy}
            onClick={() => void run(() => removeAgendaItemAction(reference, meetingId, item.id))}
          >
            Remove
          </button>
        ) : (
          <span className="muted small">{item.state === "current" ? "Running" : "Done"}</span>
        )}
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

function NewAgendaItem({ reference, meetingId }: { reference: string; meetingId: string }) {
  const [title, setTitle] = useState("");
  const [minutes, setMinutes] = useState("10");
  const { run, error, isBusy } = useMeetingAction();
  return (
    <form
      className="stack-tight"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await run(() => addAgendaItemAction(reference, meetingId, { title, minutes }))) {
          setTitle("");
        }
      }}
    >
      <div className="agenda-item-edit">
        <label>
          New item
          <input value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label>
          Minutes
          <input
            type="number"
            min={1}
            max={240}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </label>
        <button type="submit" disabled={isBusy}>
          Add item
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
