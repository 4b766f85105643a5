// Inline silencing for text files (the CLI): `<!-- blameless-ignore CF-01 -->` silences the
// listed rules (all rules when none are listed) on its own line, or on the next non-empty
// line when the comment stands alone; `<!-- blameless-disable … -->` … `<!-- blameless-enable … -->`
// silences a range. The comments themselves are blanked so no rule reads them.

const DIRECTIVE = /<!--\s*blameless-(ignore|disable|enable)((?:[\s,]+[A-Za-z]{2,3}-\d{2})*)\s*-->/g;
const RULE_ID = /[A-Za-z]{2,3}-\d{2}/g;
const NOT_NEWLINE = /[^\n]/g;

interface Silence {
  start: number;
  end: number;
  /** Undefined means every rule. */
  rules?: ReadonlySet<string>;
}

export interface Directives {
  /** The text with directive comments replaced by spaces (same length). */
  masked: string;
  isSilenced(ruleId: string, offset: number): boolean;
}

const NONE: Omit<Directives, "masked"> = { isSilenced: () => false };

function lineBounds(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  return [start, newline === -1 ? text.length : newline];
}

export function readDirectives(text: string): Directives {
  if (!text.includes("<!--")) return { masked: text, ...NONE };
  const silences: Silence[] = [];
  const open = new Map<string, number>(); // rule id or "*" → start offset of a disable
  let masked = text;
  DIRECTIVE.lastIndex = 0;
  for (let match = DIRECTIVE.exec(text); match; match = DIRECTIVE.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    masked = masked.slice(0, start) + match[0].replace(NOT_NEWLINE, " ") + masked.slice(end);
    const ids = (match[2] ?? "").match(RULE_ID)?.map((id) => id.toUpperCase());
    const keys = ids && ids.length > 0 ? ids : ["*"];
    if (match[1] === "ignore") {
      let [lineStart, lineEnd] = lineBounds(text, start);
      const standsAlone =
        text.slice(lineStart, start).trim() === "" && text.slice(end, lineEnd).trim() === "";
      if (standsAlone) {
        let next = lineEnd + 1;
        while (next < text.length && text[next] === "\n") next += 1;
        [lineStart, lineEnd] = lineBounds(text, Math.min(next, text.length));
      }
      silences.push({ start: lineStart, end: lineEnd, rules: ids ? new Set(ids) : undefined });
    } else if (match[1] === "disable") {
      for (const key of keys) if (!open.has(key)) open.set(key, end);
    } else {
      for (const key of keys) {
        const from = open.get(key);
        if (from === undefined) continue;
        silences.push({ start: from, end: start, rules: key === "*" ? undefined : new Set([key]) });
        open.delete(key);
      }
    }
  }
  for (const [key, from] of open) {
    silences.push({
      start: from,
      end: text.length,
      rules: key === "*" ? undefined : new Set([key]),
    });
  }
  return {
    masked,
    isSilenced: (ruleId, offset) =>
      silences.some(
        (silence) =>
          offset >= silence.start &&
          offset <= silence.end &&
          (!silence.rules || silence.rules.has(ruleId)),
      ),
  };
}
