// The search box's language: what each form means, what malformed input turns into (a
// hint, never an exception), and that no input reaches FTS5 as syntax.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ftsAnyOf, ftsPhrase } from "@/lib/search/fts-match";
import { hasFilter, toggleFilter } from "@/lib/search/edit-query";
import { splitHighlights } from "@/lib/search/search-types";
import {
  parseSearchQuery,
  SEARCH_QUERY_MAX_CHARACTERS,
  SEARCH_TERMS_MAX,
} from "@/lib/search/search-query";

describe("parseSearchQuery", () => {
  it.each([
    ["ledger", [{ kind: "word", text: "ledger", isExcluded: false }]],
    ['"feature flag"', [{ kind: "phrase", text: "feature flag", isExcluded: false }]],
    ["time*", [{ kind: "prefix", text: "time", isExcluded: false }]],
    ['"connection po"*', [{ kind: "prefix", text: "connection po", isExcluded: false }]],
    [
      'db -retry -"dry run"',
      [
        { kind: "word", text: "db", isExcluded: false },
        { kind: "word", text: "retry", isExcluded: true },
        { kind: "phrase", text: "dry run", isExcluded: true },
      ],
    ],
    ["ledger-db", [{ kind: "word", text: "ledger-db", isExcluded: false }]],
    ["10:32:01", [{ kind: "word", text: "10:32:01", isExcluded: false }]],
  ])("reads %s", (input, terms) => {
    const query = parseSearchQuery(input);
    expect(query.terms).toEqual(terms);
    expect(query.hints).toEqual([]);
  });

  it("reads every filter", () => {
    const query = parseSearchQuery(
      'db service:ledger-db tag:database severity:sev1 status:in-review participant:"Ana Lima" ' +
        "participant:bo@example.com after:2026-03-01 before:2026-04 month:2026-03 moment:Detection",
    );
    expect(query.terms).toEqual([{ kind: "word", text: "db", isExcluded: false }]);
    expect(query.filters).toEqual({
      services: ["ledger-db"],
      tags: ["database"],
      severities: ["SEV1"],
      statuses: ["in_review"],
      participants: ["Ana Lima", "bo@example.com"],
      after: "2026-03-02",
      before: "2026-04-01",
      months: ["2026-03"],
      moments: ["detection"],
    });
    expect(query.hints).toEqual([]);
  });

  it("reads after: a month as from the next month", () => {
    expect(parseSearchQuery("after:2026-12").filters.after).toBe("2027-01-01");
    expect(parseSearchQuery("severity:2 severity:SEV2").filters.severities).toEqual(["SEV2"]);
  });

  it.each([
    ['"unclosed phrase', /quote was not closed/, [{ kind: "phrase", text: "unclosed phrase" }]],
    ["ledger -", /lone “-”/, [{ kind: "word", text: "ledger" }]],
    ["after:notadate", /YYYY-MM-DD/, []],
    ["before:2026-02-30", /YYYY-MM-DD/, []],
    ["severity:critical", /SEV1, SEV2/, []],
    ["status:closed", /draft, in_review or published/, []],
    ["moment:panic", /detection/, []],
    ["month:2026", /YYYY-MM/, []],
    ["tag:", /needs a value/, []],
    ["-tag:db", /cannot be excluded/, []],
    ["^", /no letters or digits/, []],
    ["NEAR( ^ :", /no letters or digits/, [{ kind: "word", text: "NEAR(" }]],
    ['""', /empty phrase/, []],
    ["*", /lone “\*”/, []],
    ["-ledger", /Add a word/, [{ kind: "word", text: "ledger", isExcluded: true }]],
    ["after:2026-05-01 before:2026-04-01", /both after and before/, []],
  ])("gives a hint for %s", (input, hint, terms) => {
    const query = parseSearchQuery(input);
    expect(query.hints.join(" ")).toMatch(hint);
    expect(query.terms).toEqual(terms.map((term) => expect.objectContaining(term)));
  });

  it("caps the length and the number of terms", () => {
    const long = parseSearchQuery("a".repeat(SEARCH_QUERY_MAX_CHARACTERS + 10));
    expect(long.terms[0]?.text).toHaveLength(SEARCH_QUERY_MAX_CHARACTERS);
    expect(long.hints.join(" ")).toMatch(/first 500 characters/);
    const many = parseSearchQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(" "));
    expect(many.terms).toHaveLength(SEARCH_TERMS_MAX);
  });

  it("never throws, and every term it keeps has a letter or digit", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (input) => {
        const query = parseSearchQuery(input);
        for (const term of query.terms) expect(term.text).toMatch(/[\p{L}\p{N}]/u);
      }),
      { numRuns: 2000 },
    );
  });

  it("builds FTS5 strings where every term is one quoted string", () => {
    const fragment = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('"', "-", "*", "NEAR(", "^", ":", "(", ")", "AND", "OR", "{", "}", "+"),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        const query = parseSearchQuery(parts.join(" "));
        for (const term of query.terms) {
          const phrase = ftsPhrase(term);
          // Outside the quotes there is at most a prefix star.
          expect(phrase).toMatch(/^"(?:[^"]|"")*"(?: \*)?$/);
        }
        const anyOf = ftsAnyOf(query.terms);
        expect(anyOf.replace(/"(?:[^"]|"")*"/g, "")).toMatch(/^(?: \*| OR )*$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("toggleFilter", () => {
  it("adds and removes a filter, quoting values with spaces", () => {
    const once = toggleFilter("ledger", "participant", "Ana Lima");
    expect(once).toBe('ledger participant:"Ana Lima"');
    expect(hasFilter(once, "participant", "Ana Lima")).toBe(true);
    expect(parseSearchQuery(once).filters.participants).toEqual(["Ana Lima"]);
    expect(toggleFilter(once, "participant", "Ana Lima")).toBe("ledger");
  });

  it("round-trips through the parser for any value", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (raw) => {
        const value = raw.replaceAll('"', "").trim();
        fc.pre(value.length > 0 && !value.startsWith("*"));
        const query = toggleFilter("", "tag", value);
        expect(parseSearchQuery(query).filters.tags).toEqual([value]);
        expect(toggleFilter(query, "tag", value)).toBe("");
      }),
    );
  });
});

describe("splitHighlights", () => {
  it("splits marked snippets into plain and matched parts, keeping every character", () => {
    expect(splitHighlights("a \u0002pool\u0003 b \u0002x\u0003")).toEqual([
      { text: "a ", isMatch: false },
      { text: "pool", isMatch: true },
      { text: " b ", isMatch: false },
      { text: "x", isMatch: true },
    ]);
    fc.assert(
      fc.property(fc.string(), (text) => {
        const joined = splitHighlights(text)
          .map((part) => part.text)
          .join("");
        expect(joined).toBe(text.replace(/[\u0002\u0003]/g, ""));
      }),
    );
  });
});
