import { expect, test } from "@playwright/test";
import { ADMIN_STATE, createIncident, uniqueName } from "./helpers";

test.use({ storageState: ADMIN_STATE });

// A big paste (80,000 lines, ~8 MB) is imported on the server's worker thread: the panel
// shows a progress bar while it runs, then the whole timeline.
test("a big import shows its progress, then every event", async ({ page }) => {
  test.setTimeout(120_000);
  const reference = await createIncident(page, { title: uniqueName("Big paste") });
  const start = Date.parse("2026-03-14T00:00:00Z");
  const lines: string[] = [];
  for (let i = 0; i < 80_000; i++) {
    lines.push(
      `ts=${new Date(start + i * 1000).toISOString()} level=info svc=api msg="request ${i} handled"`,
    );
  }
  await page.goto(`/incidents/${reference}/timeline`);
  await page
    .getByRole("region", { name: "Add evidence" })
    .locator('input[type="file"]')
    .setInputFiles({
      name: "big.log",
      mimeType: "text/plain",
      buffer: Buffer.from(lines.join("\n")),
    });
  const button = page.getByRole("button", { name: "Import 80000 events" });
  await expect(button).toBeEnabled({ timeout: 30_000 });
  await button.click();
  await expect(page.getByTestId("import-progress")).toBeVisible();
  await expect(page.getByTestId("timeline-count")).toHaveText("80000 events", { timeout: 60_000 });
  await expect(page.getByTestId("import-progress")).toHaveCount(0);
});
