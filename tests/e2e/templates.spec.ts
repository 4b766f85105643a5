// Review templates: the default is preselected on a new incident and its sections start
// the narrative; another choice replaces them while nobody has written; the chosen
// template's sections are what the incident's co-edited narrative starts with. Admins
// add a template and see it offered.
import { expect, test } from "@playwright/test";
import { ADMIN_STATE, createIncident, newMemberPage, uniqueName } from "./helpers";

test("a template chosen at creation seeds the narrative's sections", async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, context } = await newMemberPage(browser);

  const reference = await createIncident(page, {
    title: uniqueName("Templated"),
    template: "SRE-style postmortem",
  });
  await page.goto(`/incidents/${reference}`);
  await expect(page.getByTestId("collab-status")).toHaveText("Connected");
  const editor = page.getByRole("textbox", { name: "Narrative" });
  for (const heading of ["Summary", "Trigger", "Detection", "Where we got lucky"]) {
    await expect(editor.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(editor).toContainText("one contributing factor among several");

  // A new incident preselects the default; another choice replaces the untouched sections.
  await page.goto("/incidents/new");
  const picker = page.getByLabel("Review template");
  await expect(picker.locator("option:checked")).toHaveText("Learning review (default)");
  const narrative = page.locator("#narrative");
  await expect(narrative).toContainText("What made sense at the time");
  await picker.selectOption({ label: "Minor incident" });
  await expect(narrative).toContainText("Worth remembering");
  await expect(narrative).not.toContainText("What made sense at the time");

  await context.close();
});

test("admins add a template, and it is offered on new incidents", async ({ browser }) => {
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  const page = await context.newPage();
  const name = uniqueName("Template");
  await page.goto("/admin/templates");
  await expect(page.getByTestId("template-Learning review")).toContainText("Default");
  await page.getByRole("link", { name: "Add template" }).click();

  // Bad input is named next to its field and nothing is lost.
  await page.getByRole("button", { name: "Add template" }).click();
  await expect(page.getByText("Give the template a name.")).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Section 1 heading").fill("What we saw");
  await page.getByLabel("Section 1 prompt").fill("The first signals, in order.");
  await page.getByLabel("Agenda item 1 title", { exact: true }).fill("Walk the timeline");
  await page.getByLabel("What I noticed").fill("Which alert came first?");
  await page.getByRole("button", { name: "Add template" }).click();
  await expect(page).toHaveURL(/\/admin\/templates$/);
  await expect(page.getByTestId(`template-${name}`)).toContainText("1 section");

  await page.goto("/incidents/new");
  await page.getByLabel("Review template").selectOption({ label: name });
  await expect(page.locator("#narrative")).toContainText("The first signals, in order.");
  await context.close();
});
