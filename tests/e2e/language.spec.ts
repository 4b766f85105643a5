import { expect, test } from "@playwright/test";
import { analyze } from "../../lib/language";
import { createIncident, newMemberPage, uniqueName } from "./helpers";

const SENTENCE = "The on-call engineer should have checked the dashboard.";

test("language notes: underline and card while typing, dismissal survives reload, readiness counts", async ({
  browser,
}) => {
  const [expected] = analyze(SENTENCE, { section: "narrative" });
  if (!expected) throw new Error("the analyzer no longer flags the sentence this test types");
  const { page, context } = await newMemberPage(browser);
  const reference = await createIncident(page, { title: uniqueName("Language") });

  // Typing in the narrative underlines the finding in place.
  const editor = page.getByRole("textbox", { name: "Narrative" });
  await editor.click();
  await page.keyboard.type(SENTENCE);
  const underline = page.locator(".lang-finding", { hasText: expected.excerpt });
  await expect(underline).toBeVisible();

  // Hovering opens the card with the why and the question.
  await underline.hover();
  const card = page.getByTestId("finding-card");
  await expect(card).toContainText(expected.message);
  await expect(card).toContainText(expected.question);
  await expect(page.getByTestId("findings-panel")).toContainText(expected.excerpt);

  // Contributing factors are language-aware editors too.
  await page.getByRole("button", { name: "+ Add contributing factor" }).click();
  await page.getByLabel("Contributing factor 1", { exact: true }).click();
  await page.keyboard.type("The operator should have known better.");
  await expect(page.locator("#contributingFactors-0 .lang-finding")).not.toHaveCount(0);
  await page.getByRole("button", { name: "Remove Contributing factor 1" }).click();

  // Another text with a finding, then save.
  await page.getByLabel("Summary").fill("The outage was caused by human error.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");

  // Dismiss from the card (keyboard: caret inside the finding opens it too).
  await underline.click();
  await expect(card).toBeVisible();
  await card.getByRole("button", { name: "Dismiss", exact: true }).click();
  await expect(page.locator(".lang-finding", { hasText: expected.excerpt })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Narrative" })).toContainText(SENTENCE);
  await expect(page.getByTestId("findings-panel")).toContainText("human error");
  await expect(page.locator(".lang-finding", { hasText: expected.excerpt })).toHaveCount(0);

  // Choosing Published shows what remains, without blocking.
  await page.getByLabel("Status").selectOption("published");
  await expect(page.getByTestId("publish-readiness")).toContainText("You can still publish");

  // The readiness report counts what remains and what was dismissed.
  await page.goto(`/incidents/${reference}/readiness`);
  const report = page.getByTestId("readiness-report");
  await expect(report).toBeVisible();
  await expect(page.getByTestId("readiness-human_error")).toContainText("1");
  await expect(page.getByTestId(`readiness-${expected.category}`)).toContainText("0");
  await expect(page.getByTestId("readiness-dismissed")).toHaveText("1 dismissed");
  await expect(report.getByRole("link", { name: "Summary" })).toHaveAttribute(
    "href",
    `/incidents/${reference}#summary`,
  );
  await context.close();
});
