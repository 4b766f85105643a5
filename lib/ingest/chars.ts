// Character codes the hand scanners compare against (`line.charCodeAt(p) === COLON`). One
// list, named, so a scanner reads as what it looks for; esbuild and V8 fold the constants.

export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const QUOTE = 34;
export const PLUS = 43;
export const COMMA = 44;
export const MINUS = 45;
export const DOT = 46;
export const SLASH = 47;
export const DIGIT_0 = 48;
export const DIGIT_1 = 49;
export const DIGIT_9 = 57;
export const COLON = 58;
export const LESS_THAN = 60;
export const EQUALS = 61;
export const GREATER_THAN = 62;
export const AT = 64;
export const UPPER_A = 65;
export const UPPER_C = 67;
export const UPPER_F = 70;
export const UPPER_G = 71;
export const UPPER_M = 77;
export const UPPER_P = 80;
export const UPPER_T = 84;
export const UPPER_U = 85;
export const UPPER_Z = 90;
export const LEFT_BRACKET = 91;
export const BACKSLASH = 92;
export const RIGHT_BRACKET = 93;
export const UNDERSCORE = 95;
export const LOWER_A = 97;
export const LOWER_M = 109;
export const LOWER_P = 112;
export const LOWER_Z = 122;
export const LEFT_BRACE = 123;
export const PIPE = 124;
export const RIGHT_BRACE = 125;
/** The last ASCII code: anything above is a non-ASCII letter or symbol. */
export const DELETE = 127;
/** Byte-order mark (U+FEFF) at the start of a text or of a syslog message. */
export const BOM = 0xfeff;
/** Set on an ASCII letter's code, the bit that makes it lower case (`c | LOWER_CASE_BIT`). */
export const LOWER_CASE_BIT = 32;
