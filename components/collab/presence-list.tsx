"use client";

// "Who is here now": everyone with the document open, in their caret colour.
import type { Presence } from "@/components/collab/use-collab-session";

export function PresenceList({ presence }: { presence: Presence[] }) {
  if (presence.length === 0) return null;
  return (
    <ul className="presence-list" aria-label="Here now" data-testid="presence-list">
      {presence.map((person) => (
        <li key={person.userId} className="presence-person">
          <span className="presence-dot" style={{ background: person.color }} aria-hidden="true" />
          {person.name}
          {person.isSelf && <span className="muted"> (you)</span>}
        </li>
      ))}
    </ul>
  );
}
