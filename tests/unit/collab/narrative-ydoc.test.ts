import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  narrativeDocumentName,
  noteDocumentName,
  parseDocumentName,
} from "@/lib/collab/document-name";
import { narrativeJSONOf, seedNarrativeUpdate } from "@/lib/collab/narrative-ydoc";

const STORY = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "What we saw" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "The pool " },
        { type: "text", text: "filled", marks: [{ type: "bold" }] },
        { type: "text", text: " at 09:12." },
      ],
    },
  ],
};

function docFrom(...updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

describe("narrative documents in Yjs", () => {
  it("round-trips a stored narrative through its seed", () => {
    expect(narrativeJSONOf(docFrom(seedNarrativeUpdate(STORY)))).toEqual(STORY);
  });

  it("merges two servers' seeds of the same narrative into one copy, not two", () => {
    const doc = docFrom(seedNarrativeUpdate(STORY), seedNarrativeUpdate(STORY));
    expect(narrativeJSONOf(doc)).toEqual(STORY);
  });

  it("reads an empty document as an empty narrative", () => {
    expect(narrativeJSONOf(new Y.Doc())).toEqual({ type: "doc" });
  });
});

describe("document names", () => {
  it.each([
    ["incident:clx9abc123:narrative", { kind: "narrative", incidentId: "clx9abc123" }],
    ["incident::narrative", null],
    ["incident:../x:narrative", null],
    ["incident:abc:notes", null],
    ["note:abc", null],
    [
      "incident:clx9abc123:note:cly1note42",
      { kind: "note", incidentId: "clx9abc123", noteId: "cly1note42" },
    ],
    ["incident:abc:note:", null],
    ["incident:abc:note:x/y", null],
    ["incident:abc:note:a:b", null],
    ["", null],
  ])("%j parses as %j", (name, expected) => {
    expect(parseDocumentName(name)).toEqual(expected);
  });

  it("parses what it formats", () => {
    expect(parseDocumentName(noteDocumentName("abc123", "n42"))).toEqual({
      kind: "note",
      incidentId: "abc123",
      noteId: "n42",
    });
    expect(parseDocumentName(narrativeDocumentName("abc123"))).toEqual({
      kind: "narrative",
      incidentId: "abc123",
    });
  });
});
