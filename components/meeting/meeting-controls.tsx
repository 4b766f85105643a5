"use client";
// The facilitator's controls: begin the agenda after the ground rules, move to the next
// item, end the meeting (asked once, since it closes the meeting for everyone).
import { useState } from "react";
import { advanceAgendaAction, endMeetingAction } from "@/app/incidents/[reference]/review/actions";
import { useMeetingAction } from "@/components/meeting/use-meeting-action";
import type { AgendaTiming } from "@/lib/meetings/agenda-timer";

export function MeetingControls({
  reference,
  meetingId,
  timing,
  hasBegun,
}: {
  reference: string;
  meetingId: string;
  timing: AgendaTiming;
  hasBegun: boolean;
}) {
  const { run, error, isBusy } = useMeetingAction();
  const [isConfirmingEnd, setIsConfirmingEnd] = useState(false);
  const currentIndex = timing.items.findIndex((item) => item.state === "current");
  const next = timing.items.find((item) => item.state === "upcoming");
  return (
    <div className="stack-tight">
      <div className="row">
        {next && (
          <button
            type="button"
            className="primary"
            disabled={isBusy}
            onClick={() => void run(() => advanceAgendaAction(reference, meetingId))}
          >
            {!hasBegun
              ? "Begin the agenda"
              : currentIndex >= 0
                ? `Next: ${next.title}`
                : `Start: ${next.title}`}
          </button>
        )}
        <span className="spacer" />
        {isConfirmingEnd ? (
          <>
            <span className="small">End the meeting for everyone?</span>
            <button
              type="button"
              disabled={isBusy}
              onClick={() => void run(() => endMeetingAction(reference, meetingId))}
            >
              Yes, end it
            </button>
            <button type="button" className="link" onClick={() => setIsConfirmingEnd(false)}>
              Keep going
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setIsConfirmingEnd(true)}>
            End meeting
          </button>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
