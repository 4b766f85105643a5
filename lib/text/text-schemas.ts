// zod strings for typed text: control characters stripped first (see clean-text.ts), then
// trimmed and measured, so a limit counts what is stored. Shared by forms and servers.
import { z } from "@/lib/validation/zod";
import { cleanMultilineText, cleanSingleLineText } from "@/lib/text/clean-text";

// A title, a name, a label: one line.
export function singleLineText() {
  return z.string().overwrite(cleanSingleLineText).trim();
}

// A description, a note, an event message: line breaks allowed.
export function multilineText() {
  return z.string().overwrite(cleanMultilineText).trim();
}

// As multilineText, without trimming (the incident's long texts keep their spacing).
export function multilineTextUntrimmed() {
  return z.string().overwrite(cleanMultilineText);
}
