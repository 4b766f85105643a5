// Names of co-edited documents, shared by the browser (which asks for one) and the
// collaboration server (which authorises and stores by it). Pure.
//
//   incident:<incidentId>:narrative       the incident's narrative (Incident.narrative)
//   incident:<incidentId>:note:<noteId>   a participant's note, one fragment per section
//                                         (ModelNote.sections)

export type CollabDocument =
  { kind: "narrative"; incidentId: string } | { kind: "note"; incidentId: string; noteId: string };

// cuid()s: lower-case letters and digits. Anything else is not a name we hand out.
const ID = "([a-z0-9]{1,64})";
const NARRATIVE_NAME = new RegExp(`^incident:${ID}:narrative$`);
const NOTE_NAME = new RegExp(`^incident:${ID}:note:${ID}$`);

export function narrativeDocumentName(incidentId: string): string {
  return `incident:${incidentId}:narrative`;
}

export function noteDocumentName(incidentId: string, noteId: string): string {
  return `incident:${incidentId}:note:${noteId}`;
}

export function parseDocumentName(name: string): CollabDocument | null {
  const narrative = NARRATIVE_NAME.exec(name);
  if (narrative?.[1]) return { kind: "narrative", incidentId: narrative[1] };
  const note = NOTE_NAME.exec(name);
  if (note?.[1] && note[2]) return { kind: "note", incidentId: note[1], noteId: note[2] };
  return null;
}
