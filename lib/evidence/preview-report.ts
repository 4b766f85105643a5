// The preview of a paste before import: per source, what the engine detected and assumed,
// small enough to send to the browser whatever the size of the paste.
import { UNPARSED_TEXT_LINES, type IngestResult } from "@/lib/ingest/types";

export interface SourcePreview {
  name: string;
  format: string;
  confidence: number;
  counts: { lines: number; events: number; folded: number; unparsed: number; skipped: number };
  first: string | null;
  last: string | null;
  assumptions: string[];
  flags: string[];
  // Line number and text of the lines nothing recognised (the first 200).
  unparsed: { line: number; text: string }[];
  // The first few events as they will appear, to check the times at a glance.
  sample: { time: string; level: string | null; service: string | null; message: string }[];
  spans: number;
  // Events whose lines name no service: they take `service` (set or guessed) on import.
  withoutService: number;
  service: string;
}

export interface EvidencePreview {
  sources: SourcePreview[];
  totalEvents: number;
}

const UNPARSED_SHOWN = UNPARSED_TEXT_LINES;
const SAMPLE_SIZE = 5;

// `services`: per source, the service its unnamed lines take (see sourceServiceOf).
export function buildEvidencePreview(
  result: IngestResult,
  services: readonly string[] = [],
): EvidencePreview {
  const without = new Map<string, number>();
  for (const event of result.events) {
    if (!event.service) without.set(event.source, (without.get(event.source) ?? 0) + 1);
  }
  const sources = result.sources.map((report, index) => {
    const service = services[index] ?? "";
    const sample = result.events
      .filter((event) => event.source === report.name)
      .slice(0, SAMPLE_SIZE)
      .map((event) => ({
        time: new Date(event.time).toISOString(),
        level: event.level ?? null,
        service: event.service || service || null,
        message: event.message.slice(0, 300),
      }));
    return {
      name: report.name,
      format: report.format,
      confidence: report.confidence,
      counts: { ...report.counts },
      first: report.first === undefined ? null : new Date(report.first).toISOString(),
      last: report.last === undefined ? null : new Date(report.last).toISOString(),
      assumptions: report.assumptions,
      flags: [...report.flags],
      // The engine keeps the text of the first unparsed lines: the paste is not split again.
      unparsed: report.unparsedLines.slice(0, UNPARSED_SHOWN).map((line, i) => ({
        line,
        text: report.unparsedText[i] ?? "",
      })),
      sample,
      spans: report.traces?.spans.length ?? 0,
      withoutService: without.get(report.name) ?? 0,
      service,
    };
  });
  return { sources, totalEvents: result.events.length };
}
