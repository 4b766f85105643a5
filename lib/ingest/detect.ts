// Line format detection, over the registry only: formats' whole-source hooks first (OTLP JSON
// lines, kubectl tables, Slack, CSV), then every format's test() is tried on a sample of
// lines and the one that recognises the most wins (ties go to the earlier, more specific
// format), and last the hooks of last resort. Continuation-looking lines (stack frames) are
// left out of the sample so multi-line formats are not penalised. JSON documents are told
// apart before this (document-shapes.ts).

import { isBlank, isContinuation, type LineList } from "./lines";
import type { LineFormat } from "./line-format";
import { LINE_FORMATS } from "./formats/registry";

const SAMPLE_LINES = 200;
const MIN_SHARE = 0.3;

export interface LineDetection {
  format: LineFormat | undefined;
  confidence: number;
}

export function detectLineFormat(lines: LineList): LineDetection {
  const sample: string[] = [];
  let firstIndex = -1;
  for (let i = 0; i < lines.length && sample.length < SAMPLE_LINES; i++) {
    const line = lines.at(i) as string;
    if (isBlank(line)) continue;
    if (firstIndex < 0) firstIndex = i;
    if (sample.length > 0 && isContinuation(line)) continue;
    sample.push(line.length > 4096 ? line.slice(0, 4096) : line);
  }
  if (sample.length === 0) return { format: undefined, confidence: 0 };
  const nonBlank = lines.slice(firstIndex, firstIndex + 500).filter((l) => !isBlank(l));
  for (const format of LINE_FORMATS) {
    const confidence = format.detectSource?.(nonBlank) ?? 0;
    if (confidence > 0) return { format, confidence };
  }
  let best: LineFormat | undefined;
  let bestCount = 0;
  for (const format of LINE_FORMATS) {
    let count = 0;
    for (const line of sample) if (format.test(line)) count++;
    if (count > bestCount) {
      best = format;
      bestCount = count;
    }
  }
  if (!best || bestCount / sample.length < MIN_SHARE) {
    for (const format of LINE_FORMATS) {
      const confidence = format.detectWhenNothingElse?.(sample) ?? 0;
      if (confidence > 0) return { format, confidence };
    }
    return { format: undefined, confidence: 0 };
  }
  return { format: best, confidence: Math.round((bestCount / sample.length) * 100) / 100 };
}
