// The record of an ended meeting, as the Review tab keeps it: who joined, how long each
// agenda item took, the parking lot, questions and surprises, the notes, the pulse summary
// and the follow-up session.
import { CapturesList } from "@/components/meeting/captures-list";
import { FollowUpForm } from "@/components/meeting/follow-up-form";
import { ParkingLot } from "@/components/meeting/parking-lot";
import { computeAgendaTiming, describeMinutes, describeOverrun } from "@/lib/meetings/agenda-timer";
import type { MeetingView } from "@/lib/meetings/meeting-view";
import type { PulseSummary } from "@/lib/meetings/pulse-summary";
import "./meeting.css";

const formatDay = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  });

export function MeetingRecord({
  reference,
  meeting,
  canControl,
  isOpen,
}: {
  reference: string;
  meeting: MeetingView;
  canControl: boolean;
  isOpen: boolean;
}) {
  const end = Date.parse(meeting.endedAt ?? meeting.startedAt);
  const timing = computeAgendaTiming(meeting.agenda, end);
  return (
    <details className="card meeting-record" open={isOpen} data-testid="meeting-record">
      <summary>
        Meeting of {formatDay(meeting.startedAt)} UTC{" "}
        <span className="muted small">
          · led by {meeting.leader.name} · {meeting.attendees.length} attended ·{" "}
          {describeMinutes(timing.elapsedMs)}
        </span>
      </summary>
      <div className="record-grid" style={{ marginTop: "0.8rem" }}>
        <section className="stack-tight" aria-label="Attendees">
          <h3>Attendees</h3>
          <ul className="plain-list">
            {meeting.attendees.map((person) => (
              <li key={person.id}>{person.name}</li>
            ))}
          </ul>
          {meeting.noteTaker && <p className="muted small">Notes by {meeting.noteTaker.name}</p>}
        </section>
        <section className="stack-tight" aria-label="Time per agenda item">
          <h3>Time per agenda item</h3>
          <table>
            <tbody>
              {timing.items.map((item) => (
                <tr key={item.id}>
                  <td>{item.title}</td>
                  <td className="small">
                    {item.state === "upcoming"
                      ? "not reached"
                      : `${describeMinutes(item.elapsedMs)} (planned ${item.minutes} min)`}
                    {describeOverrun(item.overMs) && (
                      <span className="meeting-overrun"> · {describeOverrun(item.overMs)}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="stack-tight" aria-label="Pulse">
          <h3>Pulse</h3>
          {meeting.pulse && <PulseSummaryView summary={meeting.pulse} />}
        </section>
      </div>
      <div className="record-grid" style={{ marginTop: "1rem" }}>
        <ParkingLot
          reference={reference}
          meetingId={meeting.id}
          items={meeting.parking}
          canAdd={false}
          canConvert={canControl}
          isRecord
        />
        <section className="card stack-tight" aria-label="Questions and surprises">
          <h3>Questions and surprises</h3>
          <CapturesList reference={reference} captures={meeting.captures} />
        </section>
        <section className="card stack-tight" aria-label="Meeting notes">
          <h3>Meeting notes</h3>
          {meeting.notes.length === 0 ? (
            <p className="muted">No notes were taken.</p>
          ) : (
            <ul className="plain-list stack-tight">
              {meeting.notes.map((note) => (
                <li key={note.id} style={{ whiteSpace: "pre-wrap" }}>
                  {note.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section className="stack-tight" style={{ marginTop: "1rem" }} aria-label="Follow-up">
        {canControl ? (
          <FollowUpForm reference={reference} meetingId={meeting.id} initial={meeting.followUp} />
        ) : (
          <>
            <h3>Follow-up session</h3>
            <p className={meeting.followUp.note || meeting.followUp.date ? undefined : "muted"}>
              {meeting.followUp.note || meeting.followUp.date
                ? `${meeting.followUp.date ? `${meeting.followUp.date}: ` : ""}${meeting.followUp.note}`
                : "Not scheduled yet."}
            </p>
          </>
        )}
      </section>
    </details>
  );
}

function PulseSummaryView({ summary }: { summary: PulseSummary }) {
  if (summary.count === 0) return <p className="muted">No answers yet.</p>;
  return (
    <div className="stack-tight" data-testid="pulse-summary">
      <p>
        {summary.count} {summary.count === 1 ? "answer" : "answers"}
      </p>
      <p className="small">
        Learned something new: <strong>{summary.learnedAverage}</strong> / 5
        <br />
        Would attend another: <strong>{summary.attendAgainAverage}</strong> / 5
      </p>
      {summary.comments.length > 0 && (
        <ul className="plain-list small">
          {summary.comments.map((comment, index) => (
            <li key={index}>“{comment}”</li>
          ))}
        </ul>
      )}
    </div>
  );
}
