// The facilitator's preparation before a meeting: what to walk through, where people's
// pictures differ, what is still open, who has not been heard, and what the language
// check still notes. Each list says plainly when it is empty.
import Link from "next/link";
import { StartMeetingButton } from "@/components/meeting/start-meeting-button";
import { focusPath } from "@/lib/meetings/focus-target";
import type { PrepareData } from "@/lib/meetings/prepare-meeting";
import type { ReactNode } from "react";

function PrepareList({
  title,
  empty,
  count,
  children,
}: {
  title: string;
  empty: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <section className="card stack-tight" aria-label={title}>
      <h3>
        {title} <span className="muted small">({count})</span>
      </h3>
      {count === 0 ? <p className="muted small">{empty}</p> : children}
    </section>
  );
}

export function PrepareView({ reference, data }: { reference: string; data: PrepareData }) {
  return (
    <section className="stack" aria-labelledby="prepare-title" data-testid="prepare-view">
      <div className="card stack">
        <h2 id="prepare-title">Prepare the review meeting</h2>
        <p className="muted">
          As this incident&rsquo;s facilitator, look over what follows, then start the meeting:
          everyone sees the ground rules first, then the agenda (introduction 5 min, timeline
          walk-through 35, learnings and themes 10, wrap-up 5; you can change it).
        </p>
        <StartMeetingButton reference={reference} />
      </div>
      <div className="record-grid">
        <PrepareList
          title="Key moments"
          count={data.keyMoments.length}
          empty="No key moments marked yet. Mark them on the timeline to walk through them."
        >
          <ul className="plain-list stack-tight small">
            {data.keyMoments.map((moment) => (
              <li key={moment.id}>
                <span className="badge">{moment.kind}</span>{" "}
                <Link href={focusPath(reference, { kind: "event", id: moment.id })}>
                  {moment.time.slice(11, 19)} UTC
                </Link>{" "}
                {moment.message}
                {moment.note && <span className="muted"> · {moment.note}</span>}
              </li>
            ))}
          </ul>
        </PrepareList>
        <PrepareList
          title="Where mental models differ"
          count={data.divergences.length}
          empty="No differences between the diagrams people shared (or fewer than two diagrams)."
        >
          <ul className="plain-list stack-tight small">
            {data.divergences.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Link className="small" href={`/incidents/${reference}/models/compare`}>
            Open the compare view
          </Link>
        </PrepareList>
        <PrepareList
          title="Open questions"
          count={data.openQuestions.length}
          empty="No questions left from earlier meetings."
        >
          <ul className="plain-list stack-tight small">
            {data.openQuestions.map((question) => (
              <li key={question.id}>
                {question.text}
                {question.eventLabel && (
                  <span className="muted"> · on “{question.eventLabel}”</span>
                )}
              </li>
            ))}
          </ul>
        </PrepareList>
        <PrepareList
          title="Not interviewed yet"
          count={data.notInterviewed.length}
          empty="Everyone taking part has an interview note."
        >
          <ul className="plain-list small">
            {data.notInterviewed.map((person) => (
              <li key={person.id}>{person.name}</li>
            ))}
          </ul>
          <Link className="small" href={`/incidents/${reference}/models`}>
            Record an interview
          </Link>
        </PrepareList>
        <PrepareList
          title="Language findings not reviewed"
          count={data.language.total}
          empty="The language check has nothing open in this incident’s texts."
        >
          <ul className="plain-list stack-tight small">
            {data.language.shown.map((finding, index) => (
              <li key={index}>
                <span className="muted">{finding.location}:</span> “{finding.excerpt}”{" "}
                <span className="muted">{finding.question}</span>
              </li>
            ))}
          </ul>
          <Link className="small" href={`/incidents/${reference}/readiness`}>
            See the readiness report
          </Link>
        </PrepareList>
      </div>
    </section>
  );
}
