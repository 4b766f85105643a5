// What a person sends to add evidence: one or more named texts, each with the reading
// options they chose in the preview. One schema for the panel and the route handler,
// plus the limits that make a paste fail with a clear message rather than a slow server.
import { z } from "@/lib/validation/zod";
import { FORMAT_IDS, type FormatId, type Source } from "@/lib/ingest/types";
import { EVIDENCE_MAX_BYTES } from "@/lib/input-limits";
import { singleLineText } from "@/lib/text/text-schemas";

export const MAX_EVIDENCE_BYTES = EVIDENCE_MAX_BYTES;

export const KEY_MOMENT_KINDS = [
  "detection",
  "diagnosis",
  "repair",
  "decision",
  "communication",
  // Something that did not behave as people expected: the themes page gathers these.
  "surprise",
] as const;
export type KeyMomentKind = (typeof KEY_MOMENT_KINDS)[number];
export const KEY_MOMENT_LABELS: Record<KeyMomentKind, string> = {
  detection: "Detection",
  diagnosis: "Diagnosis",
  repair: "Repair",
  decision: "Key decision",
  communication: "Communication",
  surprise: "Surprise",
};

export const FORMAT_CHOICES: readonly FormatId[] = [...FORMAT_IDS].sort();

export const sourceOptionsSchema = z.object({
  zone: z.string().trim().max(64).optional(),
  // An ISO instant: missing years and relative ages resolve against it.
  reference: z.string().trim().max(40).optional(),
  format: z.enum(FORMAT_CHOICES as [FormatId, ...FormatId[]]).optional(),
  dayFirst: z.boolean().optional(),
  // The service of the lines that name none (nginx access, PostgreSQL, Java without a
  // logger name); the preview proposes guessService(name). Left out or empty: none.
  service: z.string().trim().max(200, "Keep the service name under 200 characters.").optional(),
});
export type EvidenceOptions = z.infer<typeof sourceOptionsSchema>;

export const evidenceInputSchema = z.object({
  sources: z
    .array(
      z.object({
        name: singleLineText().min(1, "Give the source a name.").max(200),
        text: z.string(),
        options: sourceOptionsSchema.default({}),
      }),
    )
    .min(1, "Paste some text or drop a file first.")
    .max(50, "At most 50 sources at once."),
});
export type EvidenceInput = z.infer<typeof evidenceInputSchema>;

// Empty, binary or too much: the message says which, and for which source.
export function checkEvidenceLimits(
  sources: readonly { name: string; text: string }[],
): string | null {
  if (sources.length === 0 || sources.every((source) => source.text.trim() === "")) {
    return "There is nothing to import: the paste is empty.";
  }
  let bytes = 0;
  for (const source of sources) bytes += byteLength(source.text);
  if (bytes > MAX_EVIDENCE_BYTES) {
    return `That is ${(bytes / 1024 / 1024).toFixed(1)} MB at once; the limit is 20 MB. Split it into several imports.`;
  }
  for (const source of sources) {
    if (source.text.trim() === "") return `"${source.name}" is empty.`;
    if (looksBinary(source.text)) {
      return `"${source.name}" looks like binary data, not text. Paste log lines, trace JSON or chat text.`;
    }
  }
  return null;
}

// UTF-8 length without allocating a copy of a large paste.
export function byteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// NUL bytes or many control characters in the first 8 KB mean a binary file; the
// replacement character appears when a binary file was decoded as UTF-8.
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 27) || code === 0xfffd) {
      suspicious++;
    }
  }
  return suspicious / sample.length > 0.1;
}

// A service for a source's lines that name none, from the source's name: the file name
// without folder, extensions, a copy number or a format word ("nginx-combined.log" →
// "nginx", "par-edge-01.log" → "par-edge-01", "app.log (2)" → "app"). Pasted text, or a
// file named after its format ("logfmt.log", "access.log"), tells nothing: no guess.
// The preview fills the field with it; the person can change or empty it.
export function guessService(sourceName: string): string {
  if (/^Pasted text\b/i.test(sourceName)) return "";
  let name = sourceName.trim().replace(/ \(\d+\)$/, "");
  name = name.split(/[\\/]/).pop() ?? name;
  for (;;) {
    const shorter = name.replace(/\.(log|logs|txt|json|jsonl|ndjson|csv|out|err|gz|zip|\d+)$/i, "");
    if (shorter === name || shorter === "") break;
    name = shorter;
  }
  for (;;) {
    const shorter = name.replace(
      /[-_.](combined|access|error|errors|json|jsonl|logs?|stdout|stderr|output|events|export|traces?)$/i,
      "",
    );
    if (shorter === name || shorter === "") break;
    name = shorter;
  }
  if (NOT_A_SERVICE.has(name.toLowerCase())) return "";
  return name.slice(0, 200);
}

const NOT_A_SERVICE = new Set<string>([
  ...FORMAT_IDS,
  "log",
  "logs",
  "access",
  "error",
  "errors",
  "output",
  "stdout",
  "stderr",
  "events",
  "export",
  "trace",
  "traces",
]);

// The service a source's unnamed lines take: the one set in the preview, else none.
export function sourceServiceOf(options: EvidenceOptions | undefined): string {
  return options?.service?.trim() ?? "";
}

// Events point at their source by name, so names are made unique: "app.log (2)".
// `defaultReference` applies to sources whose reference date the person left empty.
export function toIngestSources(input: EvidenceInput, defaultReference?: Date): Source[] {
  const seen = new Set<string>();
  return input.sources
    .map((source) => {
      let name = source.name;
      for (let n = 2; seen.has(name); n++) name = `${source.name} (${n})`;
      seen.add(name);
      return { ...source, name };
    })
    .map((source) => ({
      name: source.name,
      text: source.text,
      options: {
        zone: source.options.zone || undefined,
        reference: source.options.reference || defaultReference,
        format: source.options.format,
        dayFirst: source.options.dayFirst,
      },
    }));
}
