// Two people co-edit one narrative: their typing converges, each sees the other's caret
// with a name and both in "here now"; a viewer follows along read-only.
import { expect, test, type Page } from "@playwright/test";
import { documentText } from "./collab-helpers";
import { createIncident, newMemberPage, uniqueName } from "./helpers";

async function openNarrative(page: Page, reference: string) {
  await page.goto(`/incidents/${reference}`);
  await expect(page.getByTestId("collab-status")).toHaveText("Connected");
  return page.getByRole("textbox", { name: "Narrative" });
}

test("concurrent typing in the narrative converges, with named carets and presence", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const alice = await newMemberPage(browser, uniqueName("Alice"));
  const bob = await newMemberPage(browser, uniqueName("Bob"));
  const reference = await createIncident(alice.page, { title: uniqueName("Co-editing") });

  const aliceEditor = await openNarrative(alice.page, reference);
  const bobEditor = await openNarrative(bob.page, reference);

  // Both are here now, in both browsers.
  for (const { page } of [alice, bob]) {
    const here = page.getByTestId("presence-list");
    await expect(here).toContainText(alice.person.name);
    await expect(here).toContainText(bob.person.name);
  }

  // Alice starts a sentence; then both type at the same time.
  await aliceEditor.click();
  await alice.page.keyboard.type("The pool filled up at 09:12. ");
  await expect(bobEditor).toContainText("The pool filled up at 09:12.");
  await bobEditor.click();
  await bob.page.keyboard.press("Control+End");
  await bob.page.keyboard.press("Enter");
  await Promise.all([
    alice.page.keyboard.type("Alerts fired within a minute.", { delay: 25 }),
    bob.page.keyboard.type("Bob saw the dashboard lag.", { delay: 25 }),
  ]);

  // Converged: the same text in both, with everyone's words intact.
  await expect
    .poll(async () => {
      const [mine, theirs] = [await documentText(aliceEditor), await documentText(bobEditor)];
      return mine === theirs ? mine : `diverged:\n${mine}\n---\n${theirs}`;
    })
    .toMatch(/^The pool filled up at 09:12\. /);
  const converged = await documentText(aliceEditor);
  expect(converged).toContain("Alerts fired within a minute.");
  expect(converged).toContain("Bob saw the dashboard lag.");
  expect(await documentText(bobEditor)).toBe(converged);

  // Each sees the other's caret, labelled with the name.
  await expect(
    alice.page.locator(".collaboration-carets__label", { hasText: bob.person.name }),
  ).toBeVisible();
  await expect(
    bob.page.locator(".collaboration-carets__label", { hasText: alice.person.name }),
  ).toBeVisible();

  // A fresh page reads what was typed: it was stored, not only relayed.
  await alice.page.waitForTimeout(2_500);
  const carol = await newMemberPage(browser, uniqueName("Carol"));
  const carolEditor = await openNarrative(carol.page, reference);
  await expect.poll(() => documentText(carolEditor)).toBe(converged);

  // The form's save leaves the co-edited narrative alone.
  await alice.page.getByLabel("Title").fill(uniqueName("Renamed"));
  await alice.page.getByRole("button", { name: "Save changes" }).click();
  await expect(alice.page.getByText("Saved.", { exact: true })).toBeVisible();
  await alice.page.reload();
  await expect(await openNarrative(alice.page, reference)).toContainText(
    "Bob saw the dashboard lag.",
  );

  for (const person of [alice, bob, carol]) await person.context.close();
});
