"use client";
// Starts the review meeting; everyone looking at the incident sees the meeting bar appear.
import { startMeetingAction } from "@/app/incidents/[reference]/review/actions";
import { useMeetingAction } from "@/components/meeting/use-meeting-action";

export function StartMeetingButton({ reference }: { reference: string }) {
  const { run, error, isBusy } = useMeetingAction();
  return (
    <div className="stack-tight">
      <div>
        <button
          type="button"
          className="primary"
          disabled={isBusy}
          onClick={() => void run(() => startMeetingAction(reference))}
        >
          {isBusy ? "Starting…" : "Start the review meeting"}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
