// One constant per limit on what people type or send, so the form, the server action, the
// JSON route and the message beside the field all name the same number. Pure.

// Incident fields (characters).
export const TITLE_MAX_CHARACTERS = 200;
export const LONG_TEXT_MAX_CHARACTERS = 20_000;
export const LIST_ENTRY_MAX_CHARACTERS = 5_000;
export const LABEL_MAX_CHARACTERS = 80;
export const ACTION_TITLE_MAX_CHARACTERS = 300;
export const TRACKER_URL_MAX_CHARACTERS = 2_000;
// The narrative as stored: tiptap JSON, formatting included.
export const NARRATIVE_MAX_CHARACTERS = 1_000_000;

// Timeline events (characters).
export const EVENT_MESSAGE_MAX_CHARACTERS = 20_000;
export const EVENT_SERVICE_MAX_CHARACTERS = 200;
export const KEY_MOMENT_NOTE_MAX_CHARACTERS = 5_000;

// The timeline list: rows per window.
export const TIMELINE_WINDOW_MAX_ROWS = 500;

// People.
export const PERSON_NAME_MAX_CHARACTERS = 100;

// Request bodies (bytes). An incident save carries every field above at once, each sent as
// JSON that may escape characters and UTF-8 that may take 3 bytes per character; 8 MB is
// above the largest valid save, and is also the server actions' body limit (next.config.js,
// checked by a test) so the UI save and PUT accept and refuse the same incidents.
export const INCIDENT_BODY_MAX_BYTES = 8 * 1024 * 1024;
export const INCIDENT_BODY_MAX_LABEL = "8mb";

// Evidence: 20 MB of text at once; the JSON body may grow it by escaping, so the request
// may carry twice that before the exact check on the texts.
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_BODY_MAX_BYTES = EVIDENCE_MAX_BYTES * 2;

export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

// Mental-model diagrams.
export const DIAGRAM_TITLE_MAX_CHARACTERS = 120;
export const DIAGRAM_MOMENT_MAX_CHARACTERS = 200;
export const DIAGRAM_MAX_NODES = 300;
export const DIAGRAM_MAX_EDGES = 1_000;
export const DIAGRAM_LABEL_MAX_CHARACTERS = 120;
// A pasted Mermaid flowchart (characters).
export const MERMAID_MAX_CHARACTERS = 200_000;
// Component aliases per incident, and the names in one.
export const ALIASES_MAX = 200;

// A complete incident export (lib/incident-transfer) carries its evidence's raw text: room
// for the largest evidence several times over, parsed in memory at once.
export const TRANSFER_MAX_BYTES = 100 * 1024 * 1024;
export const TRANSFER_MAX_LABEL = "100 MB";
