// "Learned later": a mark for the words in a note that the writer only knew after the fact,
// so a review does not mix what people knew then with what everyone knows now. Rendered as
// a span the styles set apart (dotted outline and a "learned later" label for readers).
import { Mark, mergeAttributes } from "@tiptap/core";

export const LEARNED_LATER_MARK = "learnedLater";

export const LearnedLater = Mark.create({
  name: LEARNED_LATER_MARK,
  // Typing at the edge of a marked part does not continue it: the mark is chosen, not caught.
  inclusive: false,
  parseHTML() {
    return [{ tag: "span[data-learned-later]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      "span",
      mergeAttributes(HTMLAttributes, {
        "data-learned-later": "",
        class: "learned-later",
        title: "Learned later: known only after the fact",
      }),
      0,
    ];
  },
});
