"use client";
// The moment the meeting is looking at: what it is, a link to open it, how/what questions
// for it, and a quick capture of a new question or surprise on it. The facilitator picks
// a key moment, a shared diagram or the compare view here (any other event from the
// timeline's "Focus everyone here").
import Link from "next/link";
import { useState } from "react";
import { addCaptureAction } from "@/app/incidents/[reference]/review/actions";
import { useRunningMeeting } from "@/components/meeting/meeting-provider";
import { useMeetingAction } from "@/components/meeting/use-meeting-action";
import { FOCUS_KIND_LABELS, focusPath } from "@/lib/meetings/focus-target";
import type { FocusChoice } from "@/lib/meetings/get-review-page-data";
import type { FocusView } from "@/lib/meetings/meeting-focus";
import { questionPromptsFor } from "@/lib/meetings/question-prompts";

export function FocusPanel({
  reference,
  meetingId,
  focus,
  canControl,
  canWrite,
  choices,
}: {
  reference: string;
  meetingId: string;
  focus: FocusView | null;
  canControl: boolean;
  canWrite: boolean;
  choices: FocusChoice[];
}) {
  return (
    <section className="card stack" aria-labelledby="focus-title">
      <h2 id="focus-title">In focus</h2>
      {focus ? (
        <div className="focus-box stack-tight" data-testid="meeting-focus">
          <span className="muted small">{FOCUS_KIND_LABELS[focus.kind]}</span>
          <strong>{focus.label}</strong>
          {focus.time && (
            <span className="muted small">{focus.time.slice(0, 19).replace("T", " ")} UTC</span>
          )}
          <Link href={focusPath(reference, focus)}>Open it</Link>
        </div>
      ) : (
        <p className="muted">
          Nothing in focus yet.{" "}
          {canControl
            ? "Choose a moment below, or use “Focus everyone here” on a timeline event, a shared note or diagram."
            : "When the facilitator focuses a moment, your page goes there (unless you stop following)."}
        </p>
      )}
      {canControl && <FocusPicker choices={choices} current={focus} />}
      <div>
        <h3 className="small muted">Questions to ask</h3>
        <ul className="meeting-prompts" data-testid="question-prompts">
          {questionPromptsFor(focus?.kind ?? null).map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      </div>
      {canWrite && (
        <CaptureForm
          reference={reference}
          meetingId={meetingId}
          eventId={focus?.kind === "event" ? focus.id : null}
        />
      )}
    </section>
  );
}

function FocusPicker({ choices, current }: { choices: FocusChoice[]; current: FocusView | null }) {
  const context = useRunningMeeting();
  const keyOf = (choice: { kind: string; id: string | null }) =>
    `${choice.kind}:${choice.id ?? ""}`;
  const [chosen, setChosen] = useState(choices[0] ? keyOf(choices[0]) : "");
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  if (!context) return null;
  const choice = choices.find((candidate) => keyOf(candidate) === chosen);
  return (
    <form
      className="row"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!choice) return;
        setIsBusy(true);
        setError(await context.focusEveryone({ kind: choice.kind, id: choice.id }));
        setIsBusy(false);
      }}
    >
      <label className="grow">
        <span className="sr-only">Focus on</span>
        <select value={chosen} onChange={(event) => setChosen(event.target.value)}>
          {choices.map((candidate) => (
            <option key={keyOf(candidate)} value={keyOf(candidate)}>
              {current && keyOf(current) === keyOf(candidate) ? "● " : ""}
              {candidate.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={isBusy || !choice}>
        Focus everyone here
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function CaptureForm({
  reference,
  meetingId,
  eventId,
}: {
  reference: string;
  meetingId: string;
  eventId: string | null;
}) {
  const [kind, setKind] = useState<"question" | "surprise">("question");
  const [text, setText] = useState("");
  const { run, error, isBusy } = useMeetingAction();
  return (
    <form
      className="stack-tight"
      aria-label="Capture a question or surprise"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await run(() => addCaptureAction(reference, meetingId, { kind, text, eventId }))) {
          setText("");
        }
      }}
    >
      <div className="row">
        <label className="small">
          <span className="sr-only">Kind</span>
          <select
            value={kind}
            onChange={(event) =>
              setKind(event.target.value === "surprise" ? "surprise" : "question")
            }
          >
            <option value="question">New question</option>
            <option value="surprise">Surprise</option>
          </select>
        </label>
        <span className="muted small">{eventId ? "on the event in focus" : "for the meeting"}</span>
      </div>
      <label>
        <span className="sr-only">Question or surprise</span>
        <textarea
          rows={2}
          value={text}
          placeholder="What do we still not understand? What surprised someone?"
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <div className="row">
        <button type="submit" disabled={isBusy}>
          Capture
        </button>
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}
