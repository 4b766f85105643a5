"use client";

// An ordered list of free-text items (contributing factors, where we got lucky): add,
// remove and reorder, all reachable by keyboard.
import { FieldError } from "@/components/forms/field-error";
import { LanguageField } from "@/components/language/language-field";
import type { Section } from "@/lib/language";

export function TextListEditor(props: {
  name: string;
  label: string;
  section: Section;
  items: string[];
  onChange: (items: string[]) => void;
  addLabel: string;
  placeholder: string;
  errors: Record<string, string[]>;
}) {
  const { items, onChange } = props;
  const update = (index: number, text: string) =>
    onChange(items.map((item, i) => (i === index ? text : item)));
  const remove = (index: number) => onChange(items.filter((_, i) => i !== index));
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    [next[index], next[target]] = [next[target] ?? "", next[index] ?? ""];
    onChange(next);
  };
  return (
    <div className="list-editor" role="group" aria-label={props.label}>
      {items.length === 0 && <p className="muted small">{props.placeholder}</p>}
      {items.map((item, index) => (
        <div className="item" key={index}>
          <div style={{ flex: 1 }}>
            <LanguageField
              id={`${props.name}-${index}`}
              section={props.section}
              label={`${props.label} ${index + 1}`}
              value={item}
              onChange={(text) => update(index, text)}
            />
            <FieldError
              id={`${props.name}-${index}-error`}
              messages={props.errors[`${props.name}.${index}`]}
            />
          </div>
          <button
            type="button"
            onClick={() => move(index, -1)}
            disabled={index === 0}
            aria-label={`Move ${props.label} ${index + 1} up`}
          >
            ↑
          </button>
          <button
            type="button"
            onClick={() => move(index, 1)}
            disabled={index === items.length - 1}
            aria-label={`Move ${props.label} ${index + 1} down`}
          >
            ↓
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => remove(index)}
            aria-label={`Remove ${props.label} ${index + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <div>
        <button type="button" onClick={() => onChange([...items, ""])}>
          + {props.addLabel}
        </button>
      </div>
    </div>
  );
}
