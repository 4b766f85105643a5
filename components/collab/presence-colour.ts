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
];

export function presenceColour(userId: string): string {
  let hash = 0;
  for (const character of userId) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? PALETTE[0]!;
}
