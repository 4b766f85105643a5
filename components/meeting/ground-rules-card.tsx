"use client";
// The ground rules, shown to each person before they see the agenda. Acknowledging them is
// how a person joins the meeting (and appears among its attendees).
import { joinMeetingAction } from "@/app/incidents/[reference]/review/actions";
import { useMeetingAction } from "@/components/meeting/use-meeting-action";
import { GROUND_RULES } from "@/lib/meetings/question-prompts";

export function GroundRulesCard({
  reference,
  meetingId,
  leaderName,
}: {
  reference: string;
  meetingId: string;
  leaderName: string;
}) {
  const { run, error, isBusy } = useMeetingAction();
  return (
    <section className="card stack" aria-labelledby="ground-rules-title" data-testid="ground-rules">
      <h2 id="ground-rules-title">Before we start: ground rules</h2>
      <p className="muted">
        {leaderName} has started a review meeting. Please read these; the agenda opens once you
        agree.
      </p>
      <ol className="ground-rules">
        {GROUND_RULES.map((rule) => (
          <li key={rule.title}>
            <strong>{rule.title}</strong> <span className="muted">{rule.detail}</span>
          </li>
        ))}
      </ol>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={isBusy}
          onClick={() => void run(() => joinMeetingAction(reference, meetingId))}
        >
          {isBusy ? "Joining…" : "I agree, join the meeting"}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
