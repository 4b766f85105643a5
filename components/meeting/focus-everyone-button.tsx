"use client";
// "Focus everyone here": on a timeline event, a shared note or diagram, or the compare
// view, the facilitator of a running meeting moves every follower's page to it. Renders
// nothing for anyone else, or when no meeting runs.
import { useState } from "react";
import { useRunningMeeting } from "@/components/meeting/meeting-provider";
import type { FocusTarget } from "@/lib/meetings/focus-target";

export function FocusEveryoneButton({ target }: { target: FocusTarget }) {
  const context = useRunningMeeting();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  if (!context?.meeting.canControl) return null;
  const isFocused =
    context.focus?.kind === target.kind && (context.focus.id ?? null) === (target.id ?? null);
  return (
    <span className="focus-everyone">
      <button
        type="button"
        disabled={isBusy}
        onClick={async () => {
          setIsBusy(true);
          const error = await context.focusEveryone(target);
          setIsBusy(false);
          setMessage(
            error
              ? { text: error, isError: true }
              : { text: "Everyone following sees this now.", isError: false },
          );
        }}
      >
        {isFocused ? "Focused for everyone" : "Focus everyone here"}
      </button>
      {message && (
        <span role="status" className={message.isError ? "field-error" : "muted small"}>
          {" "}
          {message.text}
        </span>
      )}
    </span>
  );
}
