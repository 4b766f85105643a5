// Nothing typed is lost: dismissing a language note with a reason keeps every unsaved field
// (it once reloaded the page), leaving with unsaved changes asks first, and a reload brings
// the unsaved draft back from this browser.
import { expect, test } from "@playwright/test";
import { analyze } from "../../lib/language";
import { createIncident, newMemberPage, uniqueName } from "./helpers";

const SENTENCE = "The on-call engineer should have checked the dashboard.";
const FACTOR = "Alert thresholds were tuned for the old traffic pattern.";
const REASON = "Quoted from the chat log on purpose";

test("a reason dismissal keeps unsaved fields and shows in Readiness with its reason", async ({
  browser,
}) => {
  const [expected] = analyze(SENTENCE, { section: "narrative" });
  if (!expected) throw new Error("the analyzer no longer flags the sentence this test types");
  const { page, context } = await newMemberPage(browser);
  const reference = await createIncident(page, { title: uniqueName("Unsaved") });
  const overview = page.url();

  // Unsaved text in the narrative and in a contributing factor.
  await page.getByRole("textbox", { name: "Narrative" }).click();
  await page.keyboard.type(SENTENCE);
  await page.getByRole("button", { name: "+ Add contributing factor" }).click();
  await page.getByLabel("Contributing factor 1", { exact: true }).click();
  await page.keyboard.type(FACTOR);
  await expect(page.getByText("Unsaved changes")).toBeVisible();

  // Dismiss with a reason, confirmed with Enter as people do.
  const underline = page.locator("#narrative .lang-finding", { hasText: expected.excerpt });
  await underline.hover();
  const card = page.getByTestId("finding-card");
  await card.getByRole("button", { name: "Dismiss with a reason…" }).click();
  await card.getByLabel("Why dismiss? (optional)").fill(REASON);
  await card.getByLabel("Why dismiss? (optional)").press("Enter");
  await expect(underline).toHaveCount(0);

  // Same page, nothing lost.
  expect(page.url()).toBe(overview);
  await expect(page.getByRole("textbox", { name: "Narrative" })).toContainText(SENTENCE);
  await expect(page.getByLabel("Contributing factor 1", { exact: true })).toContainText(FACTOR);
  await expect(page.getByText("Unsaved changes")).toBeVisible();

  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");

  await page.goto(`/incidents/${reference}/readiness`);
  await expect(page.getByTestId("readiness-dismissed")).toHaveText("1 dismissed");
  await expect(page.getByRole("region", { name: "Dismissed notes" })).toContainText(REASON);
  await context.close();
});

test("leaving with unsaved changes asks first; a reload restores the draft", async ({
  browser,
}) => {
  const { page, context } = await newMemberPage(browser);
  const reference = await createIncident(page, { title: uniqueName("Leave") });
  await page.getByLabel("Summary").fill("Checkout slowed for forty minutes.");
  await expect(page.getByText("Unsaved changes")).toBeVisible();

  // A tab link inside the app asks; declining stays on the page with the text.
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Incident sections" }).getByText("History").click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain("unsaved changes");
  expect(new URL(page.url()).pathname).toBe(`/incidents/${reference}`);
  await expect(page.getByLabel("Summary")).toHaveValue("Checkout slowed for forty minutes.");

  // A reload asks too (the browser's own prompt); accepted, the draft comes back.
  page.once("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  await expect(page.getByTestId("draft-restored")).toBeVisible();
  await expect(page.getByLabel("Summary")).toHaveValue("Checkout slowed for forty minutes.");
  expect(asked).toContain("beforeunload");

  // Saved, the draft is gone: a reload shows the saved text and no restore notice.
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Summary")).toHaveValue("Checkout slowed for forty minutes.");
  await expect(page.getByTestId("draft-restored")).toHaveCount(0);
  await context.close();
});
