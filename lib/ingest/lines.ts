// Splits a source into lines the parsers can trust: no BOM, no CR, no ANSI colour codes, and
// no line longer than 64 KiB (longer ones are cut and remembered, so their events get the
// "truncated" flag). Each clean-up runs only when the text actually needs it.

export const MAX_LINE = 64 * 1024;

// CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks, titles).

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;

export interface SplitLines {
  lines: string[];
  /** 1-based numbers of lines that were cut at MAX_LINE. */
  truncated: Set<number>;
}

export function splitLines(input: string): SplitLines {
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\x1b")) text = text.replace(ANSI, "");
  const lines = text.split("\n");
  // A final newline ends the last line; it does not start an empty one.
  if (lines.length > 1 && input.endsWith("\n")) lines.pop();
  const hasCr = text.includes("\r");
  const truncated = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (hasCr && line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (line.length > MAX_LINE) {
      line = line.slice(0, MAX_LINE);
      truncated.add(i + 1);
    }
    if (hasCr || line.length === MAX_LINE) lines[i] = line;
  }
  if (input === "" || input === "\uFEFF") lines.pop();
  return { lines, truncated };
}

/** Blank: empty or only spaces/tabs. */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
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
  if (c === 32 || c === 9) return true;
  return EXCEPTION_LINE.test(line);
}
