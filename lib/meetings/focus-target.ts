// What the facilitator can focus everyone on, and where a follower's page goes for it.
// Pure, so the server validates and the browser navigates from the same definitions.
export const FOCUS_KINDS = ["event", "note", "diagram", "compare"] as const;
export type FocusKind = (typeof FOCUS_KINDS)[number];

export interface FocusTarget {
  kind: FocusKind;
  /** The event, note or diagram; null for the compare view. */
  id: string | null;
}

export const FOCUS_KIND_LABELS: Record<FocusKind, string> = {
  event: "Timeline moment",
  note: "Participant note",
  diagram: "Diagram",
  compare: "Compare view",
};

export function isFocusKind(value: string | null | undefined): value is FocusKind {
  return (FOCUS_KINDS as readonly string[]).includes(value ?? "");
}

export function focusPath(reference: string, focus: FocusTarget): string {
  const base = `/incidents/${encodeURIComponent(reference)}`;
  const id = encodeURIComponent(focus.id ?? "");
  switch (focus.kind) {
    case "event":
      return `${base}/timeline?event=${id}`;
    case "note":
      return `${base}/models#note-${id}`;
    case "diagram":
      return `${base}/models/diagrams/${id}`;
    case "compare":
      return `${base}/models/compare`;
  }
}
