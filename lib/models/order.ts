// One sort order for everything the engine outputs, so results are the same on every
// machine and locale whatever order the input came in.

/** Code-point order of two strings. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
