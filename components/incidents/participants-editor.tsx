"use client";

// Who took part in the incident and in what role. Restricted incidents are visible only to
// the people listed here (and admins).
import { FieldError } from "@/components/forms/field-error";
import type { Person } from "@/components/incidents/person";
import {
  PARTICIPANT_ROLES,
  PARTICIPANT_ROLE_LABELS,
  type ParticipantRole,
} from "@/lib/incidents/schema";
import { revealInvisible } from "@/lib/text/clean-text";

type Participant = { userId: string; role: ParticipantRole };
export type ImportedParticipant = { name: string; email: string; role: string };

export function ParticipantsEditor(props: {
  participants: Participant[];
  onChange: (participants: Participant[]) => void;
  people: Person[];
  errors: Record<string, string[]>;
  /** From an imported review: people with no account here, kept by name. */
  imported?: ImportedParticipant[];
}) {
  const { participants, onChange, people } = props;
  const listed = new Set(participants.map((participant) => participant.userId));
  const available = people.filter((person) => !listed.has(person.id));
  const nameOf = (id: string) =>
    people.find((person) => person.id === id)?.name ?? "Former account";
  return (
    <div className="list-editor" role="group" aria-label="Participants">
      {participants.map((participant, index) => (
        <div className="item" key={participant.userId}>
          <span style={{ flex: 1, paddingTop: "0.45rem" }}>{nameOf(participant.userId)}</span>
          <select
            aria-label={`Role of ${nameOf(participant.userId)}`}
            value={participant.role}
            onChange={(event) =>
              onChange(
                participants.map((p, i) =>
                  i === index ? { ...p, role: event.target.value as ParticipantRole } : p,
                ),
              )
            }
          >
            {PARTICIPANT_ROLES.map((role) => (
              <option key={role} value={role}>
                {PARTICIPANT_ROLE_LABELS[role]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="danger"
            aria-label={`Remove ${nameOf(participant.userId)}`}
            onClick={() => onChange(participants.filter((_, i) => i !== index))}
          >
            Remove
          </button>
          <FieldError
            id={`participants-${index}-error`}
            messages={props.errors[`participants.${index}.userId`]}
          />
        </div>
      ))}
      {props.imported && props.imported.length > 0 && (
        <div className="small muted" data-testid="imported-participants">
          From the imported review, with no account here:{" "}
          {props.imported
            .map(
              (person) =>
                `${revealInvisible(person.name)} (${person.email || "no email"}, ${
                  PARTICIPANT_ROLE_LABELS[person.role as ParticipantRole]?.toLowerCase() ??
                  person.role
                })`,
            )
            .join("; ")}
          .
        </div>
      )}
      {available.length > 0 && (
        <div>
          <label htmlFor="add-participant" className="small">
            Add a participant
          </label>
          <select
            id="add-participant"
            value=""
            onChange={(event) =>
              event.target.value &&
              onChange([...participants, { userId: event.target.value, role: "participant" }])
            }
          >
            <option value="">Choose a person…</option>
            {available.map((person) => (
              <option key={person.id} value={person.id}>
                {revealInvisible(person.name)} ({person.email})
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
