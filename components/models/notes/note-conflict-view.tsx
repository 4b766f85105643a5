"use client";

// Shown when the note was saved elsewhere (another tab, another device) after this editor
// opened it: each part that differs, side by side, with a choice per part. Nothing is saved
// until the person confirms; both versions stay intact until then. The same shape and
// styles as the incident's conflict view.
import { useState } from "react";
import { isSameValue } from "@/lib/audit/diff-values";
import type { NoteValuesInput } from "@/lib/mental-models/notes/note-input";
import {
  normalizeNoteSection,
  NOTE_SECTION_KEYS,
  NOTE_SECTION_LABELS,
  noteSectionText,
} from "@/lib/mental-models/notes/note-sections";
import { revealInvisible } from "@/lib/text/clean-text";

type Part = "anchor" | "learnedLater" | (typeof NOTE_SECTION_KEYS)[number];
type Choice = "mine" | "theirs";

const PART_LABELS: Record<Part, string> = {
  anchor: "Moment",
  learnedLater: "Learned later (whole note)",
  ...NOTE_SECTION_LABELS,
};

function partOf(values: NoteValuesInput, part: Part): unknown {
  if (part === "anchor")
    return [values.anchorEventId, values.anchorEventId ? "" : values.anchorTime];
  if (part === "learnedLater") return values.learnedLater;
  return normalizeNoteSection(values.sections[part]);
}

function describePart(values: NoteValuesInput, part: Part): string {
  if (part === "anchor")
    return values.anchorEventId ? "A timeline event" : values.anchorTime.replace("T", " ");
  if (part === "learnedLater") return values.learnedLater ? "Yes" : "No";
  return noteSectionText(values.sections[part]) || "(empty)";
}

export function NoteConflictView(props: {
  base: NoteValuesInput;
  mine: NoteValuesInput;
  theirs: NoteValuesInput;
  updatedBy: string;
  onResolve: (merged: NoteValuesInput) => void;
  onCancel: () => void;
}) {
  const { base, mine, theirs } = props;
  const parts = (["anchor", ...NOTE_SECTION_KEYS, "learnedLater"] as Part[]).filter(
    (part) => !isSameValue(partOf(mine, part), partOf(theirs, part)),
  );
  // Default: keep whichever side actually changed the part; when both did, keep mine.
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(
      parts.map((part) => [
        part,
        isSameValue(partOf(base, part), partOf(mine, part)) ? "theirs" : "mine",
      ]),
    ),
  );

  function merged(): NoteValuesInput {
    const result: NoteValuesInput = {
      ...theirs,
      timeZone: mine.timeZone,
      sections: { ...theirs.sections },
    };
    for (const part of parts) {
      if (choices[part] !== "mine") continue;
      if (part === "anchor") {
        result.anchorEventId = mine.anchorEventId;
        result.anchorTime = mine.anchorTime;
      } else if (part === "learnedLater") result.learnedLater = mine.learnedLater;
      else result.sections[part] = mine.sections[part];
    }
    return result;
  }

  const who = revealInvisible(props.updatedBy);
  return (
    <section
      className="conflict"
      role="alertdialog"
      aria-labelledby="note-conflict-title"
      data-testid="note-conflict-view"
    >
      <h2 id="note-conflict-title">{who} saved this note while you were editing</h2>
      <p>
        Nothing has been overwritten.{" "}
        {parts.length === 0
          ? "Your changes match theirs."
          : `${parts.length} ${parts.length === 1 ? "part differs" : "parts differ"}.`}{" "}
        Choose which version to keep for each, then save the merged note.
      </p>
      {parts.map((part) => (
        <fieldset className="conflict-field" key={part}>
          <legend>
            <strong>{PART_LABELS[part]}</strong>
          </legend>
          <div className="choices">
            {(["mine", "theirs"] as const).map((side) => (
              <label className="choice" key={side} style={{ fontWeight: 400 }}>
                <input
                  type="radio"
                  name={`note-conflict-${part}`}
                  checked={choices[part] === side}
                  onChange={() => setChoices({ ...choices, [part]: side })}
                  style={{ width: "auto", marginRight: "0.4rem" }}
                />
                <strong>{side === "mine" ? "Keep mine" : `Take ${who}'s`}</strong>
                <pre>{describePart(side === "mine" ? mine : theirs, part)}</pre>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="row" style={{ marginTop: "1rem" }}>
        <button type="button" className="primary" onClick={() => props.onResolve(merged())}>
          Save merged version
        </button>
        <button type="button" onClick={props.onCancel}>
          Keep editing
        </button>
      </div>
    </section>
  );
}
