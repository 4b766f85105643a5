// Mermaid in and out for mental-model diagrams, plus the one entry point that reads a
// diagram file in either of the forms people bring: Mermaid or the app's JSON export.

import { readDiagramJson } from "./diagram-json";
import { parseMermaid, type MermaidResult } from "./mermaid-parse";

export { parseMermaid, type MermaidResult } from "./mermaid-parse";
export { toMermaid, type MermaidOptions } from "./mermaid-write";

/** A diagram file's text: JSON when it starts with "{", Mermaid otherwise. */
export function readDiagramFile(text: string): MermaidResult {
  const body = text.replace(/^\uFEFF/, "");
  return body.trimStart().startsWith("{") ? readDiagramJson(body) : parseMermaid(body);
}
