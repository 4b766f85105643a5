// Steps shared by the timeline end-to-end tests: add sample files as evidence and import.
import { expect, type Page } from "@playwright/test";
import path from "node:path";

export const SAMPLES = path.resolve(import.meta.dirname, "..", "fixtures", "samples");

export async function addFiles(page: Page, reference: string, files: string[]): Promise<void> {
  await page.goto(`/incidents/${reference}/timeline`);
  await page
    .getByRole("region", { name: "Add evidence" })
    .locator('input[type="file"]')
    .setInputFiles(files.map((file) => path.join(SAMPLES, file)));
  await expect(page.getByTestId("source-preview")).toHaveCount(files.length);
}

export async function importPreviewed(page: Page): Promise<void> {
  const button = page.getByRole("button", { name: /^Import \d+ events$/ });
  await expect(button).toBeEnabled();
  await button.click();
  await expect(page.getByTestId("timeline-row").first()).toBeVisible({ timeout: 20_000 });
}

export async function pasteEvidence(page: Page, reference: string, text: string): Promise<void> {
  await page.goto(`/incidents/${reference}/timeline`);
  await page.getByLabel("Paste log lines, a trace export or a chat transcript").fill(text);
  await page.getByRole("button", { name: "Add pasted text" }).click();
  await expect(page.getByTestId("detected-format")).toBeVisible();
  await importPreviewed(page);
}
