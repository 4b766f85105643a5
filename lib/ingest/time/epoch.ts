// Epoch numbers: the unit comes from the magnitude (s ≈ 10 digits, ms 13, µs 16, ns 19), and
// nanoseconds stay exact as decimal strings because they exceed 2^53.

import type { Stamp } from "./stamp";
import { Char } from "../chars";

function isDigit(c: number): boolean {
  return c >= Char.DIGIT_0 && c <= Char.DIGIT_9;
}

function isLetter(c: number): boolean {
  return (
    (c >= Char.UPPER_A && c <= Char.UPPER_Z) ||
    (c >= Char.LOWER_A && c <= Char.LOWER_Z) ||
    c > Char.DELETE
  );
}

function digitRun(s: string, p: number): number {
  let i = p;
  while (isDigit(s.charCodeAt(i))) i++;
  return i - p;
}

/**
 * Epoch number: unit from the number of integer digits (s ≈ 10, ms 13, µs 16, ns 19). Values
 * that fit a double exactly are computed from char codes; longer ones go through strings.
 * The exact ns string is kept only when there is precision below the millisecond.
 */
export function scanEpoch(s: string, p: number, run: number, st: Stamp): boolean {
  let e = p + run;
  let fracStart = -1;
  let fracLen = 0;
  if (s.charCodeAt(e) === Char.DOT && run <= 11) {
    fracLen = digitRun(s, e + 1);
    fracStart = e + 1;
    e += 1 + fracLen;
  }
  if (isLetter(s.charCodeAt(e)) || isDigit(s.charCodeAt(e))) return false;
  if (s.charCodeAt(p) !== Char.DIGIT_0 && run <= 16) {
    let v = 0;
    for (let i = p; i < p + run; i++) v = v * 10 + (s.charCodeAt(i) - Char.DIGIT_0);
    if (run >= 9 && run <= 11) {
      let fracMs = 0;
      for (let i = 0; i < 3; i++)
        fracMs = fracMs * 10 + (i < fracLen ? s.charCodeAt(fracStart + i) - Char.DIGIT_0 : 0);
      st.epochMs = v * 1000 + fracMs;
      st.epochNs =
        fracLen > 3 ? epochToNs(s.slice(p, p + run), s.slice(fracStart, fracStart + fracLen)) : "";
      st.end = e;
      return true;
    }
    if (run >= 12 && run <= 14) {
      st.epochMs = v;
      st.end = e;
      return true;
    }
  }
  const ns = epochToNs(
    s.slice(p, p + run),
    fracStart < 0 ? "" : s.slice(fracStart, fracStart + fracLen),
  );
  if (ns === "") return false;
  st.epochNs = ns;
  st.epochMs = nsToMs(ns);
  st.end = e;
  return true;
}

/**
 * Integer digits (+ optional fraction of seconds) → exact ns since the epoch as a string.
 * Unit by magnitude; "" when the value is no plausible instant (before 1973 or after 2286).
 */
export function epochToNs(intDigits: string, fraction = ""): string {
  let start = 0;
  while (intDigits.charCodeAt(start) === Char.DIGIT_0) start++;
  const trimmed = start > 0 ? intDigits.slice(start) : intDigits;
  const n = trimmed.length;
  let pad: number;
  if (n >= 9 && n <= 11) pad = 9;
  else if (n >= 12 && n <= 14) pad = 6;
  else if (n >= 15 && n <= 17) pad = 3;
  else if (n >= 18 && n <= 20) pad = 0;
  else return "";
  if (pad === 9) {
    const f = (fraction + "000000000").slice(0, 9);
    return trimmed + f;
  }
  return trimmed + "0".repeat(pad);
}

/** Exact ns string → ms (floor), without float loss on the integer part. */
export function nsToMs(ns: string): number {
  if (ns.length <= 6) return 0;
  return Number(ns.slice(0, ns.length - 6));
}
