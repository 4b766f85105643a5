"use client";

// Add an event the evidence does not show; the author is recorded on the server.
import { useState } from "react";
import { createManualEventAction } from "@/app/incidents/[reference]/timeline/actions";
import { KeyMomentOptions } from "@/components/timeline/key-moment-options";
import { createManualEventSchema } from "@/lib/timeline/event-edit-input";
import type { KeyMomentKind } from "@/lib/evidence/evidence-input";
import { FIELDS_NEED_ATTENTION, fieldErrorsOf } from "@/lib/validation/field-errors";

export function ManualEventForm({
  reference,
  onCreated,
}: {
  reference: string;
  onCreated: () => void;
}) {
  const [time, setTime] = useState("");
  const [message, setMessage] = useState("");
  const [service, setService] = useState("");
  const [keyMoment, setKeyMoment] = useState<KeyMomentKind | "">("");
  const [note, setNote] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  return (
    <section className="card" aria-label="Add an event">
      <form
        className="stack-tight"
        onSubmit={async (event) => {
          event.preventDefault();
          const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(time)
            ? time
            : `${time.trim().replace(" ", "T")}Z`;
          const input = {
            values: {
              time: iso,
              message,
              service,
              keyMoment: keyMoment || null,
              keyMomentNote: note,
              level: "" as const,
            },
          };
          // The server's schema, checked here first: a message far past the limit gets
          // its field error without being sent.
          const checked = createManualEventSchema.safeParse(input);
          if (!checked.success) {
            setErrors(fieldErrorsOf(checked.error, { within: "values" }));
            setStatus(FIELDS_NEED_ATTENTION);
            return;
          }
          const result = await createManualEventAction(reference, input);
          if (result.status === "saved") {
            setStatus("Event added.");
            setErrors({});
            setMessage("");
            setNote("");
            setKeyMoment("");
            onCreated();
          } else if (result.status === "invalid") {
            setErrors(result.fieldErrors);
            setStatus(result.message);
          } else {
            setStatus(result.message);
          }
        }}
      >
        <h2>Add an event by hand</h2>
        <div className="row">
          <label className="field">
            <span>Time (UTC)</span>
            <input
              value={time}
              placeholder="2026-03-14 09:24:00"
              onChange={(event) => setTime(event.target.value)}
            />
            {errors.time && <span className="field-error">{errors.time.join(" ")}</span>}
          </label>
          <label className="field">
            <span>Service (optional)</span>
            <input value={service} onChange={(event) => setService(event.target.value)} />
            {errors.service && <span className="field-error">{errors.service.join(" ")}</span>}
          </label>
          <label className="field">
            <span>Key moment</span>
            <select
              value={keyMoment}
              onChange={(event) => setKeyMoment(event.target.value as KeyMomentKind | "")}
            >
              <option value="">Not a key moment</option>
              <KeyMomentOptions />
            </select>
          </label>
        </div>
        <label className="field">
          <span>What happened</span>
          <textarea rows={2} value={message} onChange={(event) => setMessage(event.target.value)} />
          {errors.message && <span className="field-error">{errors.message.join(" ")}</span>}
        </label>
        {keyMoment && (
          <label className="field">
            <span>Note on this key moment</span>
            <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
            {errors.keyMomentNote && (
              <span className="field-error">{errors.keyMomentNote.join(" ")}</span>
            )}
          </label>
        )}
        <div className="row">
          <button type="submit" className="primary">
            Add event
          </button>
          {status && <span role="status">{status}</span>}
        </div>
      </form>
    </section>
  );
}
