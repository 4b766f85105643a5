"use client";
// The end-of-meeting pulse: two 1–5 questions and an optional comment. Answers are
// anonymous: only counts, averages and unnamed comments are ever shown.
import { useState } from "react";
import { submitPulseAction } from "@/app/incidents/[reference]/review/actions";
import { useMeetingAction } from "@/components/meeting/use-meeting-action";
import { PULSE_SCALE } from "@/lib/meetings/pulse-summary";

function Scale({
  name,
  legend,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  value: number | null;
  onChange: (value: number) => void;
}) {
  return (
    <fieldset className="stack-tight" style={{ border: "none", padding: 0, margin: 0 }}>
      <legend className="small" style={{ fontWeight: 600 }}>
        {legend} <span className="muted">(1 not at all, 5 very much)</span>
      </legend>
      <div className="pulse-scale">
        {PULSE_SCALE.map((score) => (
          <label key={score}>
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
            />
            {score}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function PulseForm({ reference, meetingId }: { reference: string; meetingId: string }) {
  const [learned, setLearned] = useState<number | null>(null);
  const [attendAgain, setAttendAgain] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const { run, error, isBusy } = useMeetingAction();
  return (
    <section className="card stack" aria-labelledby={`pulse-${meetingId}`} data-testid="pulse-form">
      <h2 id={`pulse-${meetingId}`}>How was the meeting?</h2>
      <p className="muted small">
        Anonymous: people see only how many answered, the averages and comments without names.
      </p>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() =>
            submitPulseAction(reference, meetingId, {
              learned: learned ?? "",
              attendAgain: attendAgain ?? "",
              comment,
            }),
          );
        }}
      >
        <Scale
          name="learned"
          legend="Did you learn something new?"
          value={learned}
          onChange={setLearned}
        />
        <Scale
          name="attendAgain"
          legend="Would you attend another review like this?"
          value={attendAgain}
          onChange={setAttendAgain}
        />
        <label htmlFor={`pulse-comment-${meetingId}`}>
          Comment <span className="muted small">(optional)</span>
        </label>
        <textarea
          id={`pulse-comment-${meetingId}`}
          rows={2}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <div>
          <button type="submit" className="primary" disabled={isBusy}>
            Send the pulse
          </button>
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
