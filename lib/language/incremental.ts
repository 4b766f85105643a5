// Keystroke-friendly analysis for editors: a document is a list of blocks (paragraphs,
// list items, timeline rows), and only blocks whose text or section changed since the last
// call are analysed again. Findings keep block-relative offsets, which map directly onto
// a ProseMirror text node range (block start + offset).
import { analyze } from "./analyze";
import type { Finding, Section, TeamSettings } from "./types";

export interface TextBlock {
  /** Stable id of the block in the editor (node id, index path…). */
  id: string;
  section: Section;
  text: string;
}

export interface BlockAnalyzer {
  /** Findings per block id; unchanged blocks reuse their previous findings. */
  analyzeBlocks(blocks: readonly TextBlock[]): Map<string, Finding[]>;
  /** Number of blocks analysed by the last call (the rest came from the cache). */
  readonly lastAnalysedCount: number;
}

/** Creates a cache-backed analyzer for one editor session; settings are fixed for its lifetime. */
export function createBlockAnalyzer(settings?: TeamSettings): BlockAnalyzer {
  let cache = new Map<string, { section: Section; text: string; findings: Finding[] }>();
  let lastAnalysedCount = 0;
  return {
    analyzeBlocks(blocks) {
      const next = new Map<string, { section: Section; text: string; findings: Finding[] }>();
      const result = new Map<string, Finding[]>();
      lastAnalysedCount = 0;
      for (const block of blocks) {
        const previous = cache.get(block.id);
        const isUnchanged =
          previous && previous.text === block.text && previous.section === block.section;
        const findings = isUnchanged
          ? previous.findings
          : analyze(block.text, { section: block.section, settings });
        if (!isUnchanged) lastAnalysedCount += 1;
        next.set(block.id, { section: block.section, text: block.text, findings });
        result.set(block.id, findings);
      }
      // Dropping blocks that disappeared keeps the cache the size of the document.
      cache = next;
      return result;
    },
    get lastAnalysedCount() {
      return lastAnalysedCount;
    },
  };
}
