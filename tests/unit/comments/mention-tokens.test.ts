// Mention tokens in plain-text comments: finding the "@…" being typed, inserting a picked
// name, and telling which people a body mentions (and highlighting them).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  activeMentionQuery,
  insertMention,
  matchesMentionQuery,
  mentionedIds,
  splitMentions,
} from "@/lib/comments/mention-tokens";

const ann = { id: "u1", name: "Ann Lee" };
const anna = { id: "u2", name: "Anna" };
const bob = { id: "u3", name: "Bob (SRE)" };

describe("activeMentionQuery", () => {
  it.each([
    ["@", 1, { start: 0, query: "" }],
    ["hi @an", 6, { start: 3, query: "an" }],
    ["hi @Ann L", 9, { start: 3, query: "Ann L" }],
    ["(@bo", 4, { start: 1, query: "bo" }],
    ["mail me at x@y", 14, null],
    ["@ann\nnext", 9, null],
    ["@  two spaces", 13, null],
    ["no at sign", 10, null],
    ["@ann is done", 4, { start: 0, query: "ann" }],
  ])("%j at %i", (text, caret, expected) => {
    expect(activeMentionQuery(text, caret)).toEqual(expected);
  });
});

describe("insertMention", () => {
  it("replaces the query up to the caret and puts the caret after the name", () => {
    const text = "ask @an about it";
    const query = activeMentionQuery(text, 7);
    expect(query).not.toBeNull();
    if (!query) return;
    expect(insertMention(text, 7, query, ann)).toEqual({
      text: "ask @Ann Lee  about it",
      caret: 13,
    });
  });
});

describe("matchesMentionQuery", () => {
  it.each([
    ["Ann Lee", "", true],
    ["Ann Lee", "an", true],
    ["Ann Lee", "LE", true],
    ["Ann Lee", "ee", false],
  ])("%s ~ %s", (name, query, expected) => {
    expect(matchesMentionQuery(name, query)).toBe(expected);
  });
});

describe("mentionedIds", () => {
  it("keeps only people whose @Name is in the text, once each", () => {
    expect(mentionedIds("@Ann Lee and @Ann Lee again", [ann, anna])).toEqual(["u1"]);
    expect(mentionedIds("@Anna, please", [ann, anna])).toEqual(["u2"]);
    expect(mentionedIds("thanks @Bob (SRE)!", [bob])).toEqual(["u3"]);
    expect(mentionedIds("Ann Lee without the sign", [ann])).toEqual([]);
    expect(mentionedIds("@Ann Leeway", [ann])).toEqual([]);
    expect(mentionedIds("e-mail@Anna", [anna])).toEqual([]);
  });

  it("finds any inserted mention, whatever the text around it", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const text = `${before} @Ann Lee ${after}`;
        expect(mentionedIds(text, [ann])).toEqual(["u1"]);
      }),
    );
  });
});

describe("splitMentions", () => {
  it("cuts the body into text and mentions, longest names first", () => {
    expect(splitMentions("hi @Ann Lee and @Anna.", ["Anna", "Ann Lee"])).toEqual([
      { kind: "text", text: "hi " },
      { kind: "mention", text: "@Ann Lee" },
      { kind: "text", text: " and " },
      { kind: "mention", text: "@Anna" },
      { kind: "text", text: "." },
    ]);
    expect(splitMentions("plain", [])).toEqual([{ kind: "text", text: "plain" }]);
  });

  it("loses no character", () => {
    fc.assert(
      fc.property(fc.string(), (body) => {
        const joined = splitMentions(body, ["Ann Lee", "Anna"])
          .map((segment) => segment.text)
          .join("");
        expect(joined).toBe(body);
      }),
    );
  });
});
