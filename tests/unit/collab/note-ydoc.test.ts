import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { noteSectionsOf, seedNoteUpdate } from "@/lib/collab/note-ydoc";
import { emptyNoteSections, type NoteSections } from "@/lib/mental-models/notes/note-sections";

const paragraph = (text: string, marks?: { type: string }[]) => ({
  type: "paragraph",
  content: [{ type: "text", text, ...(marks ? { marks } : {}) }],
});
const section = (...content: object[]) => JSON.stringify({ type: "doc", content });

const NOTE: NoteSections = {
  ...emptyNoteSections(),
  noticed: section(paragraph("The error rate graph went red")),
  did: section(
    paragraph("Paged the database team"),
    paragraph("later", [{ type: "learnedLater" }]),
  ),
};

function docFrom(...updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  updates.forEach((update) => Y.applyUpdate(doc, update));
  return doc;
}

describe("a note as a Yjs document", () => {
  it("round-trips every section, the learned-later mark included", () => {
    expect(noteSectionsOf(docFrom(seedNoteUpdate(NOTE)))).toEqual(NOTE);
  });

  it("keeps each section in its own fragment", () => {
    const doc = docFrom(seedNoteUpdate(NOTE));
    expect(doc.getXmlFragment("noticed").toString()).toContain("error rate");
    expect(doc.getXmlFragment("thought").length).toBe(0);
  });

  it("does not double the words when two servers seed the same note", () => {
    expect(noteSectionsOf(docFrom(seedNoteUpdate(NOTE), seedNoteUpdate(NOTE)))).toEqual(NOTE);
  });

  it("stores a section emptied by its writers as empty", () => {
    const doc = docFrom(seedNoteUpdate(NOTE));
    const fragment = doc.getXmlFragment("noticed");
    fragment.delete(0, fragment.length);
    fragment.insert(0, [new Y.XmlElement("paragraph")]);
    expect(noteSectionsOf(doc).noticed).toBe("");
  });

  it("drops what the note's schema does not allow", () => {
    const doc = new Y.Doc();
    const script = new Y.XmlElement("script");
    script.insert(0, [new Y.XmlText("alert(1)")]);
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("kept")]);
    doc.getXmlFragment("noticed").insert(0, [paragraph]);
    expect(() => noteSectionsOf(doc)).not.toThrow();
    expect(noteSectionsOf(doc).noticed).toContain("kept");
  });
});
