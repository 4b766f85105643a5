// Turns raw text into sentences with offsets: code is blanked out first (same length, so
// offsets stay valid), then sentences are cut at terminal punctuation and at line starts
// that begin a new item (list marker, heading, timestamp, capital letter).

export interface Sentence {
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** The masked text of the sentence (code replaced by spaces). */
  text: string;
  isQuestion: boolean;
  /** [start, end) of the content of each quotation, relative to the sentence. */
  quotes: Array<[number, number]>;
}

const ABBREVIATIONS = new Set([
  "e.g",
  "i.e",
  "etc",
  "vs",
  "dr",
  "mr",
  "mrs",
  "ms",
  "approx",
  "fig",
  "no",
  "cf",
  "incl",
  "inc",
  "ltd",
  "st",
  "jr",
  "sr",
  "al",
  "est",
  "min",
  "max",
  "sec",
  "ca",
  "resp",
]);

const LIST_MARKER = /^(?:[-*+•]\s+|\d+[.)]\s+|#{1,6}\s+|>\s*)+/;
const WORD_BEFORE_DOT = /([A-Za-z.]+)$/;
const LOWERCASE = /[a-z]/;
const NOT_NEWLINE = /[^\n]/g;
const QUOTE_CHARS = /["'“‘«]/;
const LETTER = /[A-Za-z]/;
const SPACE = /\s/;
const QUOTE_OPENING_CONTEXT = /[\s([]/;

/** Replaces fenced and inline code with spaces (newlines kept) so rules never see it. */
export function maskCode(text: string): string {
  if (!text.includes("`")) return text;
  let output = "";
  let copied = 0;
  let index = text.indexOf("`");
  while (index !== -1 && index < text.length) {
    let end: number;
    if (text.startsWith("```", index)) {
      const close = text.indexOf("```", index + 3);
      end = close === -1 ? text.length : close + 3;
    } else {
      const close = text.indexOf("`", index + 1);
      const newline = text.indexOf("\n", index + 1);
      // An unclosed backtick on its line is just a character, not a code span.
      if (close === -1 || (newline !== -1 && newline < close)) {
        index = text.indexOf("`", index + 1);
        continue;
      }
      end = close + 1;
    }
    output += text.slice(copied, index) + text.slice(index, end).replace(NOT_NEWLINE, " ");
    copied = end;
    index = text.indexOf("`", end);
  }
  return output + text.slice(copied);
}

function isClosingMark(char: string | undefined): boolean {
  return char === '"' || char === "'" || char === "”" || char === "’" || char === ")";
}

/** Splits masked text into sentences; offsets refer to the original text. */
export function splitSentences(masked: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const length = masked.length;
  for (let i = 0; i < length; i += 1) {
    const char = masked[i];
    if (char === "\n") {
      if (isLineBreakBoundary(masked, i)) {
        pushSentence(sentences, masked, start, i);
        start = i + 1;
      }
      continue;
    }
    if (char !== "." && char !== "!" && char !== "?") continue;
    let end = i + 1;
    while (end < length && isClosingMark(masked[end])) end += 1;
    const next = masked[end];
    if (end < length && next !== " " && next !== "\t" && next !== "\n") continue;
    if (char === "." && !isSentenceEndingDot(masked, start, i, end)) continue;
    pushSentence(sentences, masked, start, end);
    start = end;
    i = end - 1;
  }
  pushSentence(sentences, masked, start, length);
  return sentences;
}

function isSentenceEndingDot(masked: string, start: number, dot: number, end: number): boolean {
  const before = WORD_BEFORE_DOT.exec(masked.slice(Math.max(start, dot - 12), dot));
  const word = before?.[1]?.toLowerCase();
  if (word && ABBREVIATIONS.has(word)) return false;
  // "e.g. the" or "v2. then": a lowercase continuation means the dot did not end the sentence.
  let next = end;
  while (next < masked.length && (masked[next] === " " || masked[next] === "\t")) next += 1;
  const following = masked[next];
  return following === undefined || !LOWERCASE.test(following);
}

function isLineBreakBoundary(masked: string, newline: number): boolean {
  let next = newline + 1;
  while (next < masked.length && (masked[next] === " " || masked[next] === "\t")) next += 1;
  const following = masked[next];
  if (following === undefined || following === "\n") return true;
  // Hard-wrapped prose continues in lowercase; anything else starts a new item.
  return !LOWERCASE.test(following);
}

function pushSentence(sentences: Sentence[], masked: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && SPACE.test(masked[start] ?? "")) start += 1;
  const marker = LIST_MARKER.exec(masked.slice(start, Math.min(end, start + 24)));
  if (marker) start += marker[0].length;
  while (end > start && SPACE.test(masked[end - 1] ?? "")) end -= 1;
  if (end <= start) return;
  const text = masked.slice(start, end);
  if (!LETTER.test(text)) return;
  sentences.push({ start, end, text, isQuestion: isQuestion(text), quotes: findQuotes(text) });
}

function isQuestion(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && isClosingMark(text[end])) end -= 1;
  return text[end] === "?";
}

const OPENERS: Record<string, string> = { "“": "”", "‘": "’", '"': '"', "'": "'", "«": "»" };

/** Finds quotations; straight single quotes count only when they cannot be apostrophes. */
export function findQuotes(text: string): Array<[number, number]> {
  const quotes: Array<[number, number]> = [];
  if (!QUOTE_CHARS.test(text)) return quotes;
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? "";
    const closer = OPENERS[char];
    const before = text[i - 1];
    const opensHere =
      closer !== undefined &&
      (char === "“" ||
        char === "«" ||
        char === '"' ||
        before === undefined ||
        QUOTE_OPENING_CONTEXT.test(before));
    if (!opensHere || closer === undefined) {
      i += 1;
      continue;
    }
    let close = -1;
    for (let j = i + 1; j < text.length; j += 1) {
      if (text[j] !== closer) continue;
      const after = text[j + 1];
      if ((closer === "'" || closer === "’") && after !== undefined && LETTER.test(after)) continue;
      close = j;
      break;
    }
    if (close === -1) {
      i += 1;
      continue;
    }
    quotes.push([i + 1, close]);
    i = close + 1;
  }
  return quotes;
}
