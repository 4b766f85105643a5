// Questions and surprises captured during a meeting, each with the event it was raised on.
import Link from "next/link";
import { focusPath } from "@/lib/meetings/focus-target";
import type { MeetingView } from "@/lib/meetings/meeting-view";

export function CapturesList({
  reference,
  captures,
}: {
  reference: string;
  captures: MeetingView["captures"];
}) {
  if (captures.length === 0) return <p className="muted">No questions or surprises captured.</p>;
  return (
    <ul className="plain-list stack-tight" data-testid="meeting-captures">
      {captures.map((capture) => (
        <li key={capture.id}>
          <span className="badge">{capture.kind === "surprise" ? "Surprise" : "Question"}</span>{" "}
          {capture.text} <span className="muted small">· {capture.authorName}</span>
          {capture.event && (
            <>
              {" "}
              <Link
                className="small"
                href={focusPath(reference, { kind: "event", id: capture.event.id })}
              >
                on “{capture.event.label}”
              </Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
