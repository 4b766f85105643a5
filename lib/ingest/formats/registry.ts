// The one list of formats. Line formats come most specific first (lowest `detectionOrder`):
// detection tries their whole-source hooks in this order, then counts the lines each
// format's test() accepts and breaks ties by this order, so a format that also matches
// another's lines (Go log vs nginx error, plain timestamps vs everything) comes after it. Document formats are whole-text JSON
// documents, told apart by their shape (document-shapes.ts).

import type { LineFormat } from "../line-format";
import type { DocumentFormatId, FormatId, LineFormatId } from "../types";
import { GENERATED_LINE_FORMATS } from "./line-formats.generated";

// Every file of this folder that exports a line format adds it here, in the order of its
// `detectionOrder` (scripts/generate-format-registry.mjs writes the list).
export const LINE_FORMATS: readonly LineFormat[] = GENERATED_LINE_FORMATS;

export interface DocumentFormat {
  id: DocumentFormatId;
  label: string;
}

export const DOCUMENT_FORMATS: readonly DocumentFormat[] = [
  { id: "jaeger", label: "Jaeger JSON" },
  { id: "zipkin", label: "Zipkin v2 JSON" },
  { id: "otlp-traces", label: "OTLP/JSON traces" },
  { id: "otlp-logs", label: "OTLP/JSON logs" },
  { id: "json-array", label: "JSON export of log objects" },
];

const byId = new Map<string, LineFormat>(LINE_FORMATS.map((f) => [f.id, f]));
const documentIds = new Set<string>(DOCUMENT_FORMATS.map((f) => f.id));

export function lineFormatById(id: LineFormatId | string): LineFormat | undefined {
  return byId.get(id);
}

export function isDocumentFormat(id: FormatId): id is DocumentFormatId {
  return documentIds.has(id);
}
