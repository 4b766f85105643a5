// Label text in Mermaid: entity codes (#quot;, #35;, #lt;), <br> line breaks and markdown
// strings ("`…`"). The writer encodes every character Mermaid could misread, the reader
// decodes them, so a label survives the round trip exactly.

const NAMED: Record<string, string> = {
  quot: '"',
  amp: "&",
  lt: "<",
  gt: ">",
  apos: "'",
  nbsp: "\u00a0",
  num: "#",
};

/** Characters written as entity codes: quotes, markup, comment and statement separators. */
const ENCODED: Record<string, string> = {
  "#": "#35;",
  '"': "#quot;",
  "<": "#lt;",
  ">": "#gt;",
  "&": "#amp;",
  "`": "#96;",
  "|": "#124;",
  "%": "#37;",
};

export function encodeLabel(label: string): string {
  return label.replace(/[#"<>&`|%]/g, (c) => ENCODED[c] ?? c).replace(/\r?\n/g, "<br>");
}

/** A label as written (without its quotes) to the text it stands for. */
export function decodeLabel(raw: string, wasQuoted: boolean): string {
  let text = raw;
  if (wasQuoted && text.length >= 2 && text.startsWith("`") && text.endsWith("`"))
    text = text.slice(1, -1);
  return text
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/#(\d{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, code: string) => {
      if (/^\d/.test(code)) {
        const point = Number(code);
        return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
      }
      return NAMED[code.toLowerCase()] ?? whole;
    })
    .trim();
}
