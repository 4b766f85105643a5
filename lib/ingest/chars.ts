// Character codes the hand scanners compare against (`line.charCodeAt(p) === Char.COLON`).
// One list, named, so a scanner reads as what it looks for. A const enum, not constants: esbuild
// inlines enum members into every module that reads them (bundles of the CLI and benchmarks are
// not minified), where an exported `const` stays a module variable loaded at each comparison,
// which made the scanners up to a quarter slower.

export const enum Char {
  TAB = 9,
  LF = 10,
  CR = 13,
  SPACE = 32,
  QUOTE = 34,
  PLUS = 43,
  COMMA = 44,
  MINUS = 45,
  DOT = 46,
  SLASH = 47,
  DIGIT_0 = 48,
  DIGIT_1 = 49,
  DIGIT_9 = 57,
  COLON = 58,
  LESS_THAN = 60,
  EQUALS = 61,
  GREATER_THAN = 62,
  AT = 64,
  UPPER_A = 65,
  UPPER_C = 67,
  UPPER_F = 70,
  UPPER_G = 71,
  UPPER_M = 77,
  UPPER_P = 80,
  UPPER_T = 84,
  UPPER_U = 85,
  UPPER_Z = 90,
  LEFT_BRACKET = 91,
  BACKSLASH = 92,
  RIGHT_BRACKET = 93,
  UNDERSCORE = 95,
  LOWER_A = 97,
  LOWER_M = 109,
  LOWER_P = 112,
  LOWER_Z = 122,
  LEFT_BRACE = 123,
  PIPE = 124,
  RIGHT_BRACE = 125,
  /** The last ASCII code: anything above is a non-ASCII letter or symbol. */
  DELETE = 127,
  /** Byte-order mark (U+FEFF) at the start of a text or of a syslog message. */
  BOM = 0xfeff,
  /** Set on an ASCII letter's code, the bit that makes it lower case (`c | Char.LOWER_CASE_BIT`). */
  // eslint-disable-next-line @typescript-eslint/no-duplicate-enum-values -- a bit, not a character
  LOWER_CASE_BIT = 32,
}
