// Splits a source into lines the parsers can trust: no BOM, no CR, no ANSI colour codes, and
// no line longer than 64 KiB (longer ones are cut and remembered, so their events get the
// "truncated" flag). Each clean-up runs only when the text actually needs it.

import { Char } from "./chars";

export const MAX_LINE = 64 * 1024;

// CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks, titles).

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;

/** Read access to lines by 0-based index: a SourceLines, or a plain array in tests. */
export interface LineList {
  readonly length: number;
  at(index: number): string | undefined;
  slice(start?: number, end?: number): string[];
}

/**
 * The lines of a source as bounds into its cleaned text, each line sliced when asked for.
 * A parser's line is garbage as soon as the line is read, instead of every line of a large
 * paste being kept alive as a string for as long as its events are: two Int32Arrays outside
 * the JavaScript heap hold what the garbage collector would otherwise copy around.
 */
export class SourceLines implements LineList {
  readonly length: number;
  /** The cleaned text, and each line's start and end in it (for loops over every line). */
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;

  constructor(text: string, starts: Int32Array, ends: Int32Array, length: number) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.length = length;
  }

  /** Line `index` (0-based); undefined outside the source. */
  at(index: number): string | undefined {
    if (index < 0 || index >= this.length) return undefined;
    return this.text.slice(this.starts[index], this.ends[index]);
  }

  /** Lines [start, end) as strings. */
  slice(start = 0, end = this.length): string[] {
    const from = Math.max(0, start);
    const to = Math.min(this.length, end);
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(this.text.slice(this.starts[i], this.ends[i]));
    return out;
  }

  /** Whether `line` is line `index` as it stands in the source (not a rebuilt string). */
  isLine(line: string, index: number): boolean {
    if (index < 0 || index >= this.length) return false;
    const start = this.starts[index] as number;
    const end = this.ends[index] as number;
    return line.length === end - start && this.text.startsWith(line, start);
  }
}

/** A typed array twice as long, holding `array` at its start. */
export function doubled<T extends Int32Array | Float64Array | Uint8Array>(array: T): T {
  const grown = new (array.constructor as new (length: number) => T)(array.length * 2);
  grown.set(array);
  return grown;
}

export interface SplitLines {
  lines: SourceLines;
  /** 1-based numbers of lines that were cut at MAX_LINE. */
  truncated: Set<number>;
}

export function splitLines(input: string): SplitLines {
  let text = input;
  if (text.charCodeAt(0) === Char.BOM) text = text.slice(1);
  if (text.includes("\x1b")) text = text.replace(ANSI, "");
  const hasCr = text.includes("\r");
  const truncated = new Set<number>();
  let starts = new Int32Array(1024);
  let ends = new Int32Array(1024);
  let count = 0;
  let p = 0;
  const n = text.length;
  for (;;) {
    const nl = text.indexOf("\n", p);
    let end = nl < 0 ? n : nl;
    if (hasCr && end > p && text.charCodeAt(end - 1) === Char.CR) end--;
    if (end - p > MAX_LINE) {
      end = p + MAX_LINE;
      truncated.add(count + 1);
    }
    if (count === starts.length) {
      starts = doubled(starts);
      ends = doubled(ends);
    }
    starts[count] = p;
    ends[count] = end;
    count++;
    if (nl < 0) break;
    p = nl + 1;
  }
  // A final newline ends the last line; it does not start an empty one.
  if (count > 1 && input.endsWith("\n")) count--;
  if (input === "" || input === "\uFEFF") count = 0;
  return { lines: new SourceLines(text, starts, ends, count), truncated };
}

/** Blank: empty or only spaces/tabs. */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== Char.SPACE && c !== Char.TAB) return false;
  }
  return true;
}

const EXCEPTION_LINE =
  /^(?:Caused by:|Suppressed:|Traceback \(|During handling of|The above exception|\.\.\. \d+ (?:more|common)|[\w$.]+(?:Error|Exception|Throwable|Warning|Exit|Interrupt)\b|goroutine \d+ \[|panic: |\[?at |\^|[\w.\/*()[\]-]+\([^()]*\)$|created by )/;

/**
 * Lines that continue the entry above them in any format: indented lines (stack frames),
 * exception headers, Python traceback framing, Go panics.
 */
export function isContinuation(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c === Char.SPACE || c === Char.TAB) return true;
  return EXCEPTION_LINE.test(line);
}
