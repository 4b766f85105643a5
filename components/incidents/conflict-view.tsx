"use client";

// Shown when someone else saved the incident after this person opened it. Lists every
// field where the two versions differ, side by side, and lets the person choose per field.
// Nothing is saved until they confirm, and both versions stay intact until then.
import { useState } from "react";
import type { Person } from "@/components/incidents/person";
import { isSameValue } from "@/lib/audit/diff-values";
import { describeValue, INCIDENT_FIELD_LABELS } from "@/lib/incidents/field-labels";
import type { IncidentInput } from "@/lib/incidents/schema";
import { narrativeToText, parseNarrative } from "@/lib/rich-text/narrative";
import { revealInvisible } from "@/lib/text/clean-text";

type Field = keyof IncidentInput;
type Choice = "mine" | "theirs";

export function ConflictView(props: {
  base: IncidentInput;
  mine: IncidentInput;
  theirs: IncidentInput;
  updatedBy: string;
  updatedAt: string;
  people: Person[];
  onResolve: (merged: IncidentInput) => void;
  onCancel: () => void;
}) {
  const { base, mine, theirs } = props;
  const fields = (Object.keys(INCIDENT_FIELD_LABELS) as Field[]).filter(
    (field) => !isSameValue(mine[field], theirs[field]),
  );
  // Default: keep whichever side actually changed the field; when both did, keep mine.
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(
      fields.map((field) => [field, isSameValue(base[field], mine[field]) ? "theirs" : "mine"]),
    ),
  );
  const nameOf = (id: string) =>
    props.people.find((person) => person.id === id)?.name ?? "former account";

  function merged(): IncidentInput {
    const result: IncidentInput = { ...theirs, timeZone: mine.timeZone };
    for (const field of fields) {
      if (choices[field] === "mine") (result as Record<Field, unknown>)[field] = mine[field];
    }
    return result;
  }

  return (
    <section
      className="conflict"
      role="alertdialog"
      aria-labelledby="conflict-title"
      data-testid="conflict-view"
    >
      <h2 id="conflict-title">
        {revealInvisible(props.updatedBy)} saved this incident while you were editing
      </h2>
      <p>
        Nothing has been overwritten.{" "}
        {fields.length === 0
          ? "Your changes match theirs."
          : `${fields.length} field${fields.length === 1 ? "" : "s"} differ.`}{" "}
        Choose which version to keep for each, then save the merged incident.
      </p>
      {fields.map((field) => {
        const bothChanged =
          !isSameValue(base[field], mine[field]) && !isSameValue(base[field], theirs[field]);
        return (
          <fieldset className="conflict-field" key={field} data-testid={`conflict-${field}`}>
            <legend>
              <strong>{INCIDENT_FIELD_LABELS[field]}</strong>
              {bothChanged && (
                <span className="badge" style={{ marginLeft: "0.5rem" }}>
                  changed by both
                </span>
              )}
            </legend>
            <div className="choices">
              {(["mine", "theirs"] as const).map((side) => (
                <label className="choice" key={side} style={{ fontWeight: 400 }}>
                  <input
                    type="radio"
                    name={`conflict-${field}`}
                    checked={choices[field] === side}
                    onChange={() => setChoices({ ...choices, [field]: side })}
                    style={{ width: "auto", marginRight: "0.4rem" }}
                  />
                  <strong>
                    {side === "mine" ? "Keep mine" : `Take ${revealInvisible(props.updatedBy)}'s`}
                  </strong>
                  <pre>
                    {describeField(field, (side === "mine" ? mine : theirs)[field], nameOf)}
                  </pre>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
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

function describeField(field: Field, value: unknown, nameOf: (id: string) => string): string {
  if (field === "narrative" && typeof value === "string")
    return describeValue(narrativeToText(parseNarrative(value)));
  return describeValue(value, nameOf);
}
