import { expect, test } from "@playwright/test";
import { ADMIN_STATE, createIncident, uniqueName } from "./helpers";
import { pasteEvidence } from "./timeline-helpers";

test.use({ storageState: ADMIN_STATE });

test("HTML and scripts in a log line show as text, run nothing and add no element", async ({
  page,
}) => {
  const reference = await createIncident(page, { title: uniqueName("Hostile log") });
  await page.addInitScript(() => {
    (window as unknown as { pwned: number }).pwned = 0;
  });
  const line =
    '2026-03-14T09:12:00Z ERROR <script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2"> <b>bold</b>';
  await pasteEvidence(page, reference, line);

  const row = page.getByTestId("timeline-row").first();
  await expect(row.getByTestId("row-message")).toContainText("<script>window.pwned = 1</script>");
  await expect(row.getByTestId("row-message")).toContainText(
    '<img src=x onerror="window.pwned = 2">',
  );
  await row.click();
  const panel = page.getByTestId("event-panel");
  await expect(panel.getByTestId("event-message")).toContainText("<b>bold</b>");
  await panel.getByRole("button", { name: "Show in context" }).click();
  await expect(panel.getByTestId("raw-context")).toContainText("<script>");

  for (const selector of ["script", "img", "b"]) {
    await expect(page.getByTestId("timeline-list").locator(selector)).toHaveCount(0);
    await expect(panel.locator(selector)).toHaveCount(0);
  }
  expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
});
