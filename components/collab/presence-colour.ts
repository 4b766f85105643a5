// A person's colour for carets and the "here now" list: the same for them in every browser
// (derived from their id), dark enough for white label text.
const PALETTE = [
  "#2f5bd3",
  "#b42318",
  "#1f7a4d",
  "#8a3ffc",
  "#b54708",
  "#0e7490",
  "#c11574",
  "#4d5b16",
  "#6941c6",
  "#026aa2",
  "#9e3f00",
  "#3b7a57",
];

export function presenceColour(userId: string): string {
  // FNV-1a: ids that differ only near the end (cuids) still spread over the palette.
  let hash = 0x811c9dc5;
  for (const character of userId) {
    hash ^= character.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PALETTE[hash % PALETTE.length] ?? "#2f5bd3";
}
