"use client";
// The slim bar on every incident page while a meeting runs: the current agenda item and
// its timer, a calm note when it runs over, whether this page follows the facilitator,
// and the way back to the meeting.
import Link from "next/link";
import { useRunningMeeting } from "@/components/meeting/meeting-provider";
import { useServerClock } from "@/components/meeting/use-server-clock";
import { computeAgendaTiming, describeOverrun, formatClock } from "@/lib/meetings/agenda-timer";
import "./meeting.css";

export function MeetingBar() {
  const context = useRunningMeeting();
  const now = useServerClock(context?.meeting.serverNow ?? new Date(0).toISOString());
  if (!context) return null;
  const { meeting, reference, isLeader, isFollowing } = context;
  const timing = computeAgendaTiming(meeting.agenda, now);
  const current = timing.current;
  const overrun = current ? describeOverrun(current.overMs) : null;
  return (
    <aside className="meeting-bar" aria-label="Review meeting" data-testid="meeting-bar">
      <span className="meeting-bar-live" aria-hidden="true" />
      <strong>Review meeting</strong>
      {current ? (
        <span>
          {current.title}{" "}
          <span className="meeting-clock" aria-label="Time on this item">
            {formatClock(current.elapsedMs)} / {current.minutes} min
          </span>
          {overrun && <span className="meeting-overrun"> · {overrun}</span>}
        </span>
      ) : (
        <span className="muted">
          {timing.elapsedMs > 0 ? "Between agenda items" : "Ground rules, then the agenda"}
        </span>
      )}
      <span className="spacer" />
      {isLeader ? (
        <span className="muted small">You are leading</span>
      ) : isFollowing ? (
        <>
          <span className="small" data-testid="follow-state">
            Following the facilitator
          </span>
          <button type="button" className="link" onClick={context.stopFollowing}>
            Stop following
          </button>
        </>
      ) : (
        <>
          <span className="muted small" data-testid="follow-state">
            Not following
          </span>
          <button type="button" className="link" onClick={context.followAgain}>
            Follow again
          </button>
        </>
      )}
      <Link href={`/incidents/${reference}/review`} className="meeting-bar-back">
        Back to the meeting
      </Link>
    </aside>
  );
}
