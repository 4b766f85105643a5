// Steps shared by the co-editing specs.
import type { Locator } from "@playwright/test";

/** The narrative's text, one line per paragraph, without other people's caret labels. */
export function documentText(editor: Locator): Promise<string> {
  return editor.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
    return [...copy.querySelectorAll("p, h2, h3")]
      .map((block) => block.textContent ?? "")
      .join("\n");
  });
}
