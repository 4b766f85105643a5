// What a live update says: which part of an incident changed, by whom, and which items —
// never the content. A client that hears of a change fetches the new state through the
// usual authorised routes, so a live update can reveal nothing a page would not.
export const CHANGE_TOPICS = [
  "incident",
  // The co-edited narrative's saved snapshot (its text travels through Yjs, not here).
  "narrative",
  "timeline",
  "notes",
  "diagrams",
  "comments",
  "meeting",
] as const;

export type ChangeTopic = (typeof CHANGE_TOPICS)[number];

export interface IncidentChange {
  topic: ChangeTopic;
  // What happened, in a word or two ("edited", "imported", "focus"), for the client to decide
  // how to show it.
  action: string;
  // The ids of what changed (events, notes, diagrams, comments), when known; the client
  // marks them for a moment.
  ids: string[];
  actorId: string;
  // Small, content-free details a view needs to react without fetching (a meeting's focus).
  detail?: Record<string, string | number | boolean | null>;
  // When set, only these people hear of the change (a private note's author); otherwise
  // everyone who may see the incident.
  audience?: string[];
}

// On the wire each change also carries when it was published.
export interface PublishedChange extends IncidentChange {
  incidentId: string;
  at: number;
}
