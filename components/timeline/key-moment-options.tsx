// The kinds of key moment as <option>s, in their order and with their labels: one list
// for the event panel, the manual-event form and the timeline filter.
import { KEY_MOMENT_KINDS, KEY_MOMENT_LABELS } from "@/lib/evidence/evidence-input";

export function KeyMomentOptions() {
  return (
    <>
      {KEY_MOMENT_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {KEY_MOMENT_LABELS[kind]}
        </option>
      ))}
    </>
  );
}
