"use client";
// The scheduling note for the follow-up session where the parked fixes become action
// items: a few words and a day.
import { useState } from "react";
import { setFollowUpAction } from "@/app/incidents/[reference]/review/actions";
import { useMeetingAction } from "@/components/meeting/use-meeting-action";

export function FollowUpForm({
  reference,
  meetingId,
  initial,
}: {
  reference: string;
  meetingId: string;
  initial: { note: string; date: string | null };
}) {
  const [note, setNote] = useState(initial.note);
  const [date, setDate] = useState(initial.date ?? "");
  const [isSaved, setIsSaved] = useState(false);
  const { run, error, isBusy } = useMeetingAction();
  return (
    <form
      className="stack-tight"
      aria-label="Follow-up session"
      onSubmit={async (event) => {
        event.preventDefault();
        setIsSaved(await run(() => setFollowUpAction(reference, meetingId, { note, date })));
      }}
    >
      <label htmlFor={`follow-up-note-${meetingId}`}>Follow-up action-item session</label>
      <textarea
        id={`follow-up-note-${meetingId}`}
        rows={2}
        value={note}
        placeholder="Who meets, where, and what to bring"
        onChange={(event) => {
          setNote(event.target.value);
          setIsSaved(false);
        }}
      />
      <div className="row">
        <label className="small">
          Day
          <input
            type="date"
            value={date}
            onChange={(event) => {
              setDate(event.target.value);
              setIsSaved(false);
            }}
          />
        </label>
        <button type="submit" disabled={isBusy}>
          Save follow-up
        </button>
        {isSaved && (
          <span className="muted small" role="status">
            Saved.
          </span>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
