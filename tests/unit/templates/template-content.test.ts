import { describe, expect, it } from "vitest";
import { NOTE_SECTION_HINTS } from "@/lib/mental-models/notes/note-sections";
import { narrativeToText, parseNarrative } from "@/lib/rich-text/narrative";
import {
  emptyNoteQuestions,
  noteQuestionsFor,
  sectionsToNarrative,
  templateInputSchema,
} from "@/lib/templates/template-content";

describe("a template's sections as the starting narrative", () => {
  it("turns each section into a heading and its prompt's paragraphs", () => {
    const doc = sectionsToNarrative([
      { heading: "Background", prompt: "What was going on?\nWho was there?" },
      { heading: "Learnings", prompt: "" },
    ]);
    expect(doc.content?.map((node) => node.type)).toEqual([
      "heading",
      "paragraph",
      "paragraph",
      "heading",
      "paragraph",
    ]);
    expect(doc.content?.[0]).toMatchObject({ attrs: { level: 2 } });
    // It survives the narrative's own sanitiser unchanged.
    const stored = JSON.stringify(doc);
    expect(parseNarrative(stored)).toEqual(doc);
    expect(narrativeToText(doc)).toContain("Who was there?");
  });

  it("gives a template without sections an empty document", () => {
    expect(sectionsToNarrative([])).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });
});

describe("note questions", () => {
  it("use the template's question where it has one and ours elsewhere", () => {
    const questions = noteQuestionsFor({ ...emptyNoteQuestions(), noticed: "  First signal?  " });
    expect(questions.noticed).toBe("First signal?");
    expect(questions.thought).toBe(NOTE_SECTION_HINTS.thought);
    expect(noteQuestionsFor(null)).toEqual(NOTE_SECTION_HINTS);
  });
});

describe("template input", () => {
  const valid = {
    name: "Short review",
    description: "",
    sections: [{ heading: "What happened", prompt: "A few sentences." }],
    agenda: [{ title: "Recap", minutes: 10 }],
    noteQuestions: emptyNoteQuestions(),
  };

  it("accepts a complete template", () => {
    expect(templateInputSchema.safeParse(valid).success).toBe(true);
  });

  it("says which field needs attention", () => {
    const result = templateInputSchema.safeParse({
      ...valid,
      name: " ",
      sections: [{ heading: "", prompt: "x" }],
      agenda: [{ title: "Recap", minutes: 0 }],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["name", "sections.0.heading", "agenda.0.minutes"]),
    );
  });

  it("needs at least one agenda item", () => {
    const result = templateInputSchema.safeParse({ ...valid, agenda: [] });
    expect(result.error?.issues[0]?.message).toBe("A meeting needs at least one agenda item.");
  });
});
