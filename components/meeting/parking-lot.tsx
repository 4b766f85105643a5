"use client";
// The parking lot: proposed fixes raised during the walk-through, set aside so the meeting
// stays on understanding. Anyone who may write adds one; the facilitator turns each into
// an action item on the incident, during or after the meeting.
import { useState } from "react";
import {
  addParkingItemAction,
  convertParkingItemAction,
} from "@/app/incidents/[reference]/review/actions";
import { useMeetingAction } from "@/components/meeting/use-meeting-action";
import type { MeetingView } from "@/lib/meetings/meeting-view";

export function ParkingLot({
  reference,
  meetingId,
  items,
  canAdd,
  canConvert,
  isRecord = false,
}: {
  reference: string;
  meetingId: string;
  items: MeetingView["parking"];
  canAdd: boolean;
  canConvert: boolean;
  /** In a past meeting's record: a smaller heading, no explanation. */
  isRecord?: boolean;
}) {
  const Heading = isRecord ? "h3" : "h2";
  const [text, setText] = useState("");
  const { run, error, isBusy } = useMeetingAction();
  return (
    <section className="card stack" aria-labelledby={`parking-${meetingId}`}>
      <Heading id={`parking-${meetingId}`}>Parking lot</Heading>
      {!isRecord && (
        <p className="muted small">
          Fixes people propose during the walk-through wait here, so the meeting stays on what
          happened.
        </p>
      )}
      {items.length === 0 ? (
        <p className="muted">Nothing parked yet.</p>
      ) : (
        <ul className="plain-list stack-tight" data-testid="parking-lot">
          {items.map((item) => (
            <li key={item.id}>
              <span style={{ whiteSpace: "pre-wrap" }}>{item.text}</span>{" "}
              <span className="muted small">· {item.authorName}</span>{" "}
              {item.isConverted ? (
                <span className="badge status-published">Action item</span>
              ) : (
                canConvert && (
                  <button
                    type="button"
                    className="link small"
                    disabled={isBusy}
                    onClick={() => void run(() => convertParkingItemAction(reference, item.id))}
                  >
                    Make it an action item
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
      {canAdd && (
        <form
          className="stack-tight"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await run(() => addParkingItemAction(reference, meetingId, { text }))) setText("");
          }}
        >
          <label htmlFor={`parking-text-${meetingId}`}>Park a proposed fix</label>
          <div className="row">
            <input
              id={`parking-text-${meetingId}`}
              className="grow"
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
            <button type="submit" disabled={isBusy}>
              Park it
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
