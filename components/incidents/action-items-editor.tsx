"use client";

// Action items: what will change, who owns it, by when, and where it is tracked.
import { FieldError } from "@/components/forms/field-error";
import type { Person } from "@/components/incidents/person";
import { TrackerLink } from "@/components/incidents/tracker-link";
import { LanguageField } from "@/components/language/language-field";
import {
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_STATUS_LABELS,
  type ActionItemInput,
  type ActionItemStatus,
} from "@/lib/incidents/schema";
import { safeExternalUrl } from "@/lib/safe-external-url";
import { revealInvisible } from "@/lib/text/clean-text";

const EMPTY_ITEM: ActionItemInput = {
  title: "",
  ownerId: null,
  dueDate: "",
  status: "open",
  trackerUrl: "",
};

export function ActionItemsEditor(props: {
  items: ActionItemInput[];
  onChange: (items: ActionItemInput[]) => void;
  people: Person[];
  errors: Record<string, string[]>;
}) {
  const { items, onChange, errors } = props;
  const update = (index: number, patch: Partial<ActionItemInput>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <div className="list-editor" role="group" aria-label="Action items">
      {items.length === 0 && (
        <p className="muted small">
          No action items yet. They usually come in a follow-up meeting after the review.
        </p>
      )}
      {items.map((item, index) => {
        const key = (field: string) => `actionItems.${index}.${field}`;
        return (
          <div className="action-item" key={index}>
            <div>
              <LanguageField
                id={`actionItems-${index}-title`}
                section="action_item"
                label={`Action item ${index + 1} title`}
                placeholder="What will change?"
                value={item.title}
                isSingleLine
                isInvalid={Boolean(errors[key("title")])}
                onChange={(title) => update(index, { title })}
              />
              <FieldError id={`${key("title")}-error`} messages={errors[key("title")]} />
            </div>
            <div>
              <select
                aria-label={`Action item ${index + 1} owner`}
                value={item.ownerId ?? ""}
                onChange={(event) => update(index, { ownerId: event.target.value || null })}
              >
                <option value="">
                  {item.importedOwner
                    ? `${item.importedOwner.name} (imported; no account here)`
                    : "No owner yet"}
                </option>
                {props.people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {revealInvisible(person.name)}
                  </option>
                ))}
              </select>
              <FieldError id={`${key("ownerId")}-error`} messages={errors[key("ownerId")]} />
            </div>
            <div>
              <input
                type="date"
                aria-label={`Action item ${index + 1} due date`}
                value={item.dueDate}
                onChange={(event) => update(index, { dueDate: event.target.value })}
              />
              <FieldError id={`${key("dueDate")}-error`} messages={errors[key("dueDate")]} />
            </div>
            <select
              aria-label={`Action item ${index + 1} status`}
              value={item.status}
              onChange={(event) =>
                update(index, { status: event.target.value as ActionItemStatus })
              }
            >
              {ACTION_ITEM_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {ACTION_ITEM_STATUS_LABELS[status]}
                </option>
              ))}
            </select>
            <div>
              <input
                aria-label={`Action item ${index + 1} tracker link`}
                placeholder="Tracker link (optional)"
                value={item.trackerUrl}
                aria-invalid={errors[key("trackerUrl")] ? true : undefined}
                onChange={(event) => update(index, { trackerUrl: event.target.value })}
              />
              <FieldError id={`${key("trackerUrl")}-error`} messages={errors[key("trackerUrl")]} />
              {safeExternalUrl(item.trackerUrl) && (
                <span className="small">
                  <TrackerLink
                    url={item.trackerUrl}
                    label="Open tracker link"
                    ariaLabel={`Open tracker link of action item ${index + 1}`}
                  />
                </span>
              )}
            </div>
            <button
              type="button"
              className="danger"
              aria-label={`Remove action item ${index + 1}`}
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <div>
        <button type="button" onClick={() => onChange([...items, { ...EMPTY_ITEM }])}>
          + Add action item
        </button>
      </div>
    </div>
  );
}
