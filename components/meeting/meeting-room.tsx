"use client";
// The running meeting on the Review tab: ground rules until the person joins, then the
// agenda with its timers, the moment in focus with its questions, the parking lot,
// captured questions and surprises, the note-taker's notes and who is here.
import { AgendaPanel } from "@/components/meeting/agenda-panel";
import { CapturesList } from "@/components/meeting/captures-list";
import { FocusPanel } from "@/components/meeting/focus-panel";
import { FollowUpForm } from "@/components/meeting/follow-up-form";
import { GroundRulesCard } from "@/components/meeting/ground-rules-card";
import { MeetingControls } from "@/components/meeting/meeting-controls";
import { MeetingNotesPanel } from "@/components/meeting/meeting-notes-panel";
import { ParkingLot } from "@/components/meeting/parking-lot";
import { useServerClock } from "@/components/meeting/use-server-clock";
import { computeAgendaTiming } from "@/lib/meetings/agenda-timer";
import type { FocusChoice } from "@/lib/meetings/get-review-page-data";
import type { MeetingView, PersonView } from "@/lib/meetings/meeting-view";
import { GROUND_RULES } from "@/lib/meetings/question-prompts";
import "./meeting.css";

export function MeetingRoom({
  reference,
  meeting,
  canControl,
  canWrite,
  noteTakerChoices,
  focusChoices,
  serverNow,
}: {
  reference: string;
  meeting: MeetingView;
  canControl: boolean;
  canWrite: boolean;
  noteTakerChoices: PersonView[];
  focusChoices: FocusChoice[];
  serverNow: string;
}) {
  const now = useServerClock(serverNow);
  if (!meeting.viewer.hasJoined) {
    return (
      <GroundRulesCard
        reference={reference}
        meetingId={meeting.id}
        leaderName={meeting.leader.name}
      />
    );
  }
  const timing = computeAgendaTiming(meeting.agenda, now);
  return (
    <div className="stack" data-testid="meeting-room">
      <section className="card stack-tight" aria-label="Meeting">
        <div className="row">
          <h2>Review meeting</h2>
          <span className="muted small">
            led by {meeting.leader.name} · {meeting.attendees.length}{" "}
            {meeting.attendees.length === 1 ? "person" : "people"} here
          </span>
        </div>
        {!meeting.hasBegun && (
          <p className="muted small">
            Ground rules: {GROUND_RULES.map((rule) => rule.title).join(" ")}{" "}
            {!canControl && `${meeting.leader.name} begins the agenda when everyone is here.`}
          </p>
        )}
        {canControl && (
          <MeetingControls
            reference={reference}
            meetingId={meeting.id}
            timing={timing}
            hasBegun={meeting.hasBegun}
          />
        )}
      </section>
      <div className="meeting-layout">
        <div className="stack">
          <FocusPanel
            reference={reference}
            meetingId={meeting.id}
            focus={meeting.focus}
            canControl={canControl}
            canWrite={canWrite}
            choices={focusChoices}
          />
          <ParkingLot
            reference={reference}
            meetingId={meeting.id}
            items={meeting.parking}
            canAdd={canWrite}
            canConvert={canControl}
          />
          <section className="card stack" aria-labelledby="captures-title">
            <h2 id="captures-title">Questions and surprises</h2>
            <CapturesList reference={reference} captures={meeting.captures} />
          </section>
        </div>
        <div className="stack">
          <AgendaPanel
            reference={reference}
            meetingId={meeting.id}
            timing={timing}
            canControl={canControl}
          />
          <MeetingNotesPanel
            reference={reference}
            meeting={meeting}
            canControl={canControl}
            choices={noteTakerChoices}
          />
          <section className="card stack-tight" aria-labelledby="attendees-title">
            <h2 id="attendees-title">Here</h2>
            <ul className="plain-list" data-testid="attendees">
              {meeting.attendees.map((person) => (
                <li key={person.id}>{person.name}</li>
              ))}
            </ul>
          </section>
          {canControl && (
            <section className="card stack-tight" aria-label="Follow-up">
              <FollowUpForm
                reference={reference}
                meetingId={meeting.id}
                initial={meeting.followUp}
              />
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
