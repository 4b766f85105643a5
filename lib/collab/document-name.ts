// Names of co-edited documents, shared by the browser (which asks for one) and the
// collaboration server (which authorises and stores by it). Pure.
//
//   incident:<incidentId>:narrative   the incident's narrative (Incident.narrative)

export type CollabDocument = { kind: "narrative"; incidentId: string };

// cuid()s: lower-case letters and digits. Anything else is not a name we hand out.
const NARRATIVE_NAME = /^incident:([a-z0-9]{1,64}):narrative$/;

export function narrativeDocumentName(incidentId: string): string {
  return `incident:${incidentId}:narrative`;
}

export function parseDocumentName(name: string): CollabDocument | null {
  const match = NARRATIVE_NAME.exec(name);
  return match?.[1] ? { kind: "narrative", incidentId: match[1] } : null;
}
