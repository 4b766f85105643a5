// The search box's language, as a pure parser: words, "phrases", prefix*, -exclusion and
// filters (service:, tag:, severity:, status:, participant:, after:, before:, month:,
// moment:). It never throws: whatever it cannot use becomes a hint that says what was
// ignored and why, so a half-typed query still searches (as-you-type) and no input can
// reach the database as syntax. Shared by the search page, the API, the CLI, the
// benchmark and the insights pages.
import { KEY_MOMENT_KINDS, type KeyMomentKind } from "@/lib/evidence/evidence-input";

export const SEARCH_QUERY_MAX_CHARACTERS = 500;
export const SEARCH_TERMS_MAX = 12;

export const SEVERITY_VALUES = ["SEV1", "SEV2", "SEV3", "SEV4"] as const;
export const STATUS_VALUES = ["draft", "in_review", "published"] as const;

export type SearchTermKind = "word" | "phrase" | "prefix";

export interface SearchTerm {
  kind: SearchTermKind;
  /** The text as typed (a prefix without its star). */
  text: string;
  isExcluded: boolean;
}

export interface SearchFilters {
  /** Sets: an incident must have every one. */
  services: string[];
  tags: string[];
  /** Names or emails; every one must be a participant. */
  participants: string[];
  /** Single values per incident: any one of them. */
  severities: (typeof SEVERITY_VALUES)[number][];
  statuses: (typeof STATUS_VALUES)[number][];
  /** YYYY-MM of the incident's start (or creation when it has no start). */
  months: string[];
  moments: KeyMomentKind[];
  /** YYYY-MM-DD: on or after. */
  after: string | null;
  /** YYYY-MM-DD: strictly before. */
  before: string | null;
}

export interface SearchQuery {
  terms: SearchTerm[];
  filters: SearchFilters;
  /** What was ignored and why, in words for the person typing. */
  hints: string[];
}

export const FILTER_KEYS = [
  "service",
  "tag",
  "severity",
  "status",
  "participant",
  "after",
  "before",
  "month",
  "moment",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function emptyFilters(): SearchFilters {
  return {
    services: [],
    tags: [],
    participants: [],
    severities: [],
    statuses: [],
    months: [],
    moments: [],
    after: null,
    before: null,
  };
}

export function hasSearchTerms(query: SearchQuery): boolean {
  return query.terms.some((term) => !term.isExcluded);
}

interface Token {
  text: string;
  isQuoted: boolean;
  isNegated: boolean;
  isPrefix: boolean;
  /** Set when the token was key:value. */
  key: string | null;
}

const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isSpace(character: string | undefined): boolean {
  return character !== undefined && /\s/.test(character);
}

// Splits the input into tokens, reading quotes (also after key:) to their end.
function tokenize(input: string, hints: string[]): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < input.length) {
    while (isSpace(input[index])) index++;
    if (index >= input.length) break;
    let isNegated = false;
    if (input[index] === "-") {
      isNegated = true;
      index++;
      if (index >= input.length || isSpace(input[index])) {
        hints.push("A lone “-” was ignored: put it right before the word to leave out (-word).");
        continue;
      }
    }
    let key: string | null = null;
    const keyMatch = /^([A-Za-z]+):/.exec(input.slice(index));
    if (keyMatch?.[1] && (FILTER_KEYS as readonly string[]).includes(keyMatch[1].toLowerCase())) {
      key = keyMatch[1].toLowerCase();
      index += keyMatch[0].length;
    }
    let text = "";
    let isQuoted = false;
    if (input[index] === '"') {
      isQuoted = true;
      const end = input.indexOf('"', index + 1);
      if (end === -1) {
        hints.push("A quote was not closed, so the rest was read as one phrase.");
        text = input.slice(index + 1);
        index = input.length;
      } else {
        text = input.slice(index + 1, end);
        index = end + 1;
      }
    } else {
      const start = index;
      while (index < input.length && !isSpace(input[index])) index++;
      text = input.slice(start, index);
    }
    let isPrefix = false;
    // A star makes a term a prefix; in a filter's value it is just a character.
    if (!key && isQuoted && input[index] === "*") {
      isPrefix = true;
      index++;
    } else if (!key && !isQuoted && text.endsWith("*")) {
      isPrefix = true;
      text = text.replace(/\*+$/, "");
    }
    tokens.push({ text, isQuoted, isNegated, isPrefix, key });
  }
  return tokens;
}

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

// A real calendar day or month, as the first day it covers (YYYY-MM-DD), or null.
export function parseSearchDate(value: string): { day: string; isMonth: boolean } | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  const text = `${year}-${month}-${day ?? "01"}`;
  const parsed = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) return null;
  return { day: text, isMonth: day === undefined };
}

function nextMonth(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function normaliseSeverity(value: string): SearchFilters["severities"][number] | null {
  const match = /^(?:sev)?([1-4])$/i.exec(value);
  return match ? (`SEV${match[1]}` as SearchFilters["severities"][number]) : null;
}

function normaliseStatus(value: string): SearchFilters["statuses"][number] | null {
  const key = value.toLowerCase().replace(/[\s-]/g, "_");
  if (key === "review") return "in_review";
  return (STATUS_VALUES as readonly string[]).includes(key)
    ? (key as SearchFilters["statuses"][number])
    : null;
}

function addUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

function applyFilter(key: FilterKey, value: string, filters: SearchFilters, hints: string[]) {
  const shown = `${key}:${value}`;
  switch (key) {
    case "service":
      return addUnique(filters.services, value);
    case "tag":
      return addUnique(filters.tags, value);
    case "participant":
      return addUnique(filters.participants, value);
    case "severity": {
      const severity = normaliseSeverity(value);
      if (severity) return addUnique(filters.severities, severity);
      return hints.push(`“${shown}” was ignored: severity is SEV1, SEV2, SEV3 or SEV4.`);
    }
    case "status": {
      const status = normaliseStatus(value);
      if (status) return addUnique(filters.statuses, status);
      return hints.push(`“${shown}” was ignored: status is draft, in_review or published.`);
    }
    case "moment": {
      const moment = value.toLowerCase() as KeyMomentKind;
      if (KEY_MOMENT_KINDS.includes(moment)) return addUnique(filters.moments, moment);
      return hints.push(`“${shown}” was ignored: a key moment is ${KEY_MOMENT_KINDS.join(", ")}.`);
    }
    case "month": {
      const date = parseSearchDate(value);
      if (date?.isMonth) return addUnique(filters.months, value);
      return hints.push(`“${shown}” was ignored: write a month as YYYY-MM, e.g. 2026-03.`);
    }
    case "after":
    case "before": {
      const date = parseSearchDate(value);
      if (!date) {
        return hints.push(
          `“${shown}” was ignored: write a date as YYYY-MM-DD or a month as YYYY-MM, e.g. ${key}:2026-03-14.`,
        );
      }
      // Both are strict, as people read them: "after:2026-03-14" starts the next day,
      // "after:2026-03" the next month; "before:2026-03" ends when March begins.
      if (key === "after") {
        filters.after = date.isMonth ? nextMonth(date.day) : nextDay(date.day);
      } else {
        filters.before = date.day;
      }
      return;
    }
  }
}

export function parseSearchQuery(raw: string): SearchQuery {
  const hints: string[] = [];
  let input = raw;
  if (input.length > SEARCH_QUERY_MAX_CHARACTERS) {
    input = input.slice(0, SEARCH_QUERY_MAX_CHARACTERS);
    hints.push(`Only the first ${SEARCH_QUERY_MAX_CHARACTERS} characters were searched.`);
  }
  const filters = emptyFilters();
  const terms: SearchTerm[] = [];
  for (const token of tokenize(input, hints)) {
    if (token.key) {
      const value = token.text.trim();
      if (token.isNegated) {
        hints.push(`“-${token.key}:” was ignored: filters cannot be excluded.`);
      } else if (!value) {
        hints.push(`“${token.key}:” needs a value, e.g. ${token.key}:${exampleOf(token.key)}.`);
      } else {
        applyFilter(token.key as FilterKey, value, filters, hints);
      }
      continue;
    }
    const text = token.text.trim();
    if (!HAS_WORD_CHARACTER.test(text)) {
      if (text) hints.push(`“${text}” was ignored: it has no letters or digits.`);
      else if (token.isQuoted) hints.push("An empty phrase (“”) was ignored.");
      else if (token.isPrefix) hints.push("A lone “*” was ignored: put it after a word (time*).");
      continue;
    }
    if (terms.length >= SEARCH_TERMS_MAX) {
      hints.push(`Only the first ${SEARCH_TERMS_MAX} words and phrases were searched.`);
      break;
    }
    const kind: SearchTermKind = token.isPrefix ? "prefix" : token.isQuoted ? "phrase" : "word";
    terms.push({ kind, text, isExcluded: token.isNegated });
  }
  if (terms.length > 0 && terms.every((term) => term.isExcluded)) {
    hints.push("Add a word to look for: exclusions (-word) only narrow a search.");
  }
  if (filters.after && filters.before && filters.after >= filters.before) {
    hints.push("No day is both after and before those dates.");
  }
  return { terms, filters, hints: [...new Set(hints)] };
}

function exampleOf(key: string): string {
  const examples: Record<string, string> = {
    service: "payments-api",
    tag: "database",
    severity: "SEV1",
    status: "published",
    participant: "ana@example.com",
    after: "2026-03-01",
    before: "2026-04-01",
    month: "2026-03",
    moment: "detection",
  };
  return examples[key] ?? "value";
}
