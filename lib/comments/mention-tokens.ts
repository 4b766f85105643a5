// Mentions in plain-text comments, as pure functions shared by the comment box and the
// server. A mention is written "@Full Name"; the box also sends the ids of the people it
// offered, and only those whose "@Name" is still in the text count. No markup is stored in
// the body, so a comment reads the same in the inbox, an export or a plain-text email.

export interface MentionPerson {
  id: string;
  name: string;
}

export interface MentionQuery {
  /** Index of the "@" in the text. */
  start: number;
  /** What follows the "@" up to the caret. */
  query: string;
}

// A query stops at a line break or after this many characters: past that the person is
// writing, not looking someone up.
const MAX_QUERY_LENGTH = 40;

/** The "@…" being typed just before the caret, if any ("@" at a word start). */
export function activeMentionQuery(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0) return null;
  if (at > 0 && !/\s|[([{"'“‘]/.test(before[at - 1] ?? "")) return null;
  const query = before.slice(at + 1);
  if (query.length > MAX_QUERY_LENGTH || /[\n\r@]/.test(query)) return null;
  // Two spaces in a row, or a leading space, end a name.
  if (/^\s|\s\s/.test(query)) return null;
  return { start: at, query };
}

/** Replaces the query at `mention.start` (up to the caret) by "@Name ". */
export function insertMention(
  text: string,
  caret: number,
  mention: MentionQuery,
  person: MentionPerson,
): { text: string; caret: number } {
  const inserted = `@${person.name} `;
  return {
    text: text.slice(0, mention.start) + inserted + text.slice(caret),
    caret: mention.start + inserted.length,
  };
}

/** Whether people whose name starts, or has a word starting, with the query match. */
export function matchesMentionQuery(name: string, query: string): boolean {
  const wanted = query.trim().toLowerCase();
  if (wanted === "") return true;
  const lower = name.toLowerCase();
  return lower.startsWith(wanted) || lower.split(/\s+/).some((word) => word.startsWith(wanted));
}

function mentionPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Not followed by a letter or digit: "@Ann" is not a mention inside "@Anna".
  return new RegExp(`(^|[^\\p{L}\\p{N}_])@${escaped}(?![\\p{L}\\p{N}_])`, "u");
}

/** The ids among `people` whose "@Name" occurs in the body, each once, in list order. */
export function mentionedIds(body: string, people: readonly MentionPerson[]): string[] {
  const ids: string[] = [];
  for (const person of people) {
    if (person.name.trim() && mentionPattern(person.name).test(body) && !ids.includes(person.id))
      ids.push(person.id);
  }
  return ids;
}

export type BodySegment = { kind: "text"; text: string } | { kind: "mention"; text: string };

/**
 * The body cut into plain text and "@Name" mentions of the given people, for highlighting.
 * Longer names first, so "@Ann Lee" wins over "@Ann".
 */
export function splitMentions(body: string, names: readonly string[]): BodySegment[] {
  const usable = [...new Set(names.filter((name) => name.trim() !== ""))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0) return body ? [{ kind: "text", text: body }] : [];
  const alternatives = usable.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])@(?:${alternatives})(?![\\p{L}\\p{N}_])`, "gu");
  const segments: BodySegment[] = [];
  let last = 0;
  for (const match of body.matchAll(pattern)) {
    const index = match.index;
    if (index > last) segments.push({ kind: "text", text: body.slice(last, index) });
    segments.push({ kind: "mention", text: match[0] });
    last = index + match[0].length;
  }
  if (last < body.length) segments.push({ kind: "text", text: body.slice(last) });
  return segments;
}
