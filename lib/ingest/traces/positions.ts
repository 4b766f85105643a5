// Where each object of a parsed JSON document sits in the text, so a span can point at its
// own lines. JSON.parse gives no positions; instead the text's "{" are listed in order, which
// is the pre-order of the parsed objects, and the parsed tree is walked in the same order.

import { Char } from "../chars";

export interface ObjectLines {
  /** 1-based first and last line of `node` in the text, or undefined when unknown. */
  linesOf(node: object): [number, number] | undefined;
}

export function indexObjectLines(text: string, root: unknown): ObjectLines {
  const starts: number[] = [];
  const ends: number[] = [];
  const stack: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === Char.BACKSLASH) i++;
      else if (c === Char.QUOTE) inString = false;
      continue;
    }
    if (c === Char.QUOTE) inString = true;
    else if (c === Char.LEFT_BRACE) {
      stack.push(starts.length);
      starts.push(i);
      ends.push(i);
    } else if (c === Char.RIGHT_BRACE) {
      const index = stack.pop();
      if (index !== undefined) ends[index] = i;
    }
  }
  const order = new Map<object, number>();
  let counter = 0;
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    order.set(value, counter++);
    for (const key in value) walk((value as Record<string, unknown>)[key]);
  };
  walk(root);
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  // Counts disagree when the text has duplicate keys; positions are then unreliable.
  const isAligned = counter === starts.length;
  return {
    linesOf(node) {
      const index = order.get(node);
      if (!isAligned || index === undefined) return undefined;
      const start = starts[index];
      const end = ends[index];
      if (start === undefined || end === undefined) return undefined;
      return [lineOf(start), lineOf(end)];
    },
  };
}
