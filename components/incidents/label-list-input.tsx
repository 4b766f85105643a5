"use client";

// A comma-separated list of short labels (services, tags). Keeps the person's raw text
// while typing and reports the parsed list upward.
import { useState } from "react";

export function parseLabelList(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function LabelListInput(props: {
  id: string;
  value: string[];
  onChange: (value: string[]) => void;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const [text, setText] = useState(props.value.join(", "));
  return (
    <input
      id={props.id}
      value={text}
      placeholder={props.placeholder}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      onChange={(event) => {
        setText(event.target.value);
        props.onChange(parseLabelList(event.target.value));
      }}
    />
  );
}
