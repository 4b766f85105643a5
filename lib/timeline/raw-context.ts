// The lines of a source around an event (1-based, inclusive), without splitting a large
// source whole: it walks newlines only up to the last line needed.
export function rawContext(
  text: string,
  lineStart: number,
  lineEnd: number,
  around: number,
): { line: number; text: string; isEvent: boolean }[] {
  const from = Math.max(1, lineStart - around);
  const to = lineEnd + around;
  const lines: { line: number; text: string; isEvent: boolean }[] = [];
  let line = 1;
  let position = 0;
  while (line <= to && position <= text.length) {
    const newline = text.indexOf("\n", position);
    const end = newline === -1 ? text.length : newline;
    if (line >= from) {
      lines.push({
        line,
        text: text.slice(position, end).replace(/\r$/, ""),
        isEvent: line >= lineStart && line <= lineEnd,
      });
    }
    if (newline === -1) break;
    position = newline + 1;
    line++;
  }
  return lines;
}
