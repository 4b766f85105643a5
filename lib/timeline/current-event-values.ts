// An event's editable values as the edit form holds them, for diffs and conflicts.
import type { EventValues } from "@/lib/timeline/event-edit-input";
import type { KeyMomentKind } from "@/lib/evidence/evidence-input";

export function currentEventValues(event: {
  time: Date;
  message: string;
  service: string | null;
  keyMoment: string | null;
  keyMomentNote: string;
}): EventValues {
  return {
    time: event.time.toISOString(),
    message: event.message,
    service: event.service ?? "",
    keyMoment: (event.keyMoment as KeyMomentKind | null) ?? null,
    keyMomentNote: event.keyMoment ? event.keyMomentNote : "",
  };
}
