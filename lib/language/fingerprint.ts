// Stable identity for a finding, so a dismissal survives reloads and edits elsewhere in
// the document while "the sentence is unchanged". Offsets are deliberately left out: they
// move whenever text above the sentence changes.

const WHITESPACE = /\s+/g;

/** Lowercases and collapses whitespace, so re-wrapping a line keeps dismissals. */
export function normaliseSentence(sentence: string): string {
  return sentence.replace(WHITESPACE, " ").trim().toLowerCase();
}

/** cyrb53: a fast, well-mixed 53-bit string hash (not cryptographic; collisions only cost a re-shown finding). */
function hash53(input: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i += 1) {
    const code = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Fingerprint of a finding: `ruleId:hash(ruleId + normalised sentence)`, e.g. "CF-01:1f3a9c0b2d4e5". */
export function fingerprintFinding(ruleId: string, sentence: string): string {
  return `${ruleId}:${hash53(`${ruleId}\u0000${normaliseSentence(sentence)}`).toString(16)}`;
}
