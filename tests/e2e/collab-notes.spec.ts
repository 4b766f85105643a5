// A facilitator and the participant they talked with co-edit an interview note live: each
// sees the other's words and named caret, neither save overwrites the other, and what they
// typed is on the note afterwards. The form's own fields still save with their version.
import { expect, test, type Page } from "@playwright/test";
import { documentText } from "./collab-helpers";
import { createIncident, newMemberPage, uniqueName } from "./helpers";

async function openLiveNote(page: Page, reference: string, button: "Edit" | "Correct the words") {
  await page.goto(`/incidents/${reference}/models`);
  await page.getByTestId("note-card").getByRole("button", { name: button }).click();
  await expect(page.getByTestId("live-note").getByTestId("collab-status")).toHaveText("Connected");
}

test("an interview note is co-edited live by its author and its participant", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const fran = await newMemberPage(browser, uniqueName("Fran"));
  const pat = await newMemberPage(browser, uniqueName("Pat"));
  const reference = await createIncident(fran.page, { title: uniqueName("Interview") });

  // Pat takes part in the incident; Fran (who created it) facilitates.
  await fran.page
    .getByLabel("Add a participant")
    .selectOption({ label: `${pat.person.name} (${pat.person.email})` });
  await fran.page.getByRole("button", { name: "Save changes" }).click();
  await expect(fran.page.getByText("Saved.", { exact: true })).toBeVisible();

  // Fran writes down the conversation.
  await fran.page.goto(`/incidents/${reference}/models`);
  await fran.page.getByRole("button", { name: "Write a note" }).click();
  const form = fran.page.getByRole("form", { name: "New note" });
  await form.getByLabel("From a 1:1 conversation with a participant").check();
  await form.getByLabel("Participant", { exact: true }).selectOption({ label: pat.person.name });
  await form.getByLabel(/Date and time/).fill("2026-03-14T10:12");
  await form.locator("#new-note-noticed").click();
  await fran.page.keyboard.type("Saw the error graph");
  await form.getByRole("button", { name: "Add note" }).click();
  await expect(fran.page.getByRole("status")).toHaveText("Note added.");

  // Both open it: Fran to edit, Pat to correct the words.
  await openLiveNote(fran.page, reference, "Edit");
  await openLiveNote(pat.page, reference, "Correct the words");
  const franNoticed = fran.page.getByRole("textbox", { name: "What I noticed" });
  const patNoticed = pat.page.getByRole("textbox", { name: "What I noticed" });
  const franThought = fran.page.getByRole("textbox", { name: "What I thought was happening" });
  const patThought = pat.page.getByRole("textbox", { name: "What I thought was happening" });
  await expect(patNoticed).toContainText("Saw the error graph");
  for (const { page } of [fran, pat]) {
    const here = page.getByTestId("presence-list");
    await expect(here).toContainText(fran.person.name);
    await expect(here).toContainText(pat.person.name);
  }
  // Pat, who edits only the words, gets no moment or "learned later" to change.
  await expect(pat.page.getByLabel(/Date and time/)).toHaveCount(0);

  // They type at the same time, each in a section.
  await franNoticed.click();
  await fran.page.keyboard.press("Control+End");
  await patThought.click();
  await Promise.all([
    fran.page.keyboard.type(" on the second monitor", { delay: 25 }),
    pat.page.keyboard.type("A deploy had gone wrong", { delay: 25 }),
  ]);
  await expect
    .poll(() => documentText(patNoticed))
    .toBe("Saw the error graph on the second monitor");
  await expect.poll(() => documentText(franThought)).toBe("A deploy had gone wrong");
  // Each sees where the other is writing, by name.
  await expect(
    fran.page.locator(".collaboration-carets__label", { hasText: pat.person.name }),
  ).toBeVisible();
  await expect(
    pat.page.locator(".collaboration-carets__label", { hasText: fran.person.name }),
  ).toBeVisible();

  // Fran moves the moment with the form; the co-typed words are not part of that save.
  await fran.page.getByLabel(/Date and time/).fill("2026-03-14T10:15");
  await fran.page.getByRole("button", { name: "Save note" }).click();
  await expect(fran.page.getByRole("status")).toHaveText("Note saved.");
  await pat.page.getByRole("button", { name: "Done" }).click();

  // Stored, not only relayed: the note reads both people's words after a reload.
  await fran.page.waitForTimeout(2_500);
  for (const { page } of [fran, pat]) {
    await page.reload();
    const card = page.getByTestId("note-card");
    await expect(card).toContainText("Saw the error graph on the second monitor");
    await expect(card).toContainText("A deploy had gone wrong");
  }
  await expect(fran.page.getByTestId("note-card").getByRole("heading")).toContainText("10:15");

  for (const person of [fran, pat]) await person.context.close();
});
