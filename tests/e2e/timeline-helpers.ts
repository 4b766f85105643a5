// Steps shared by the timeline end-to-end tests: add sample files as evidence and import.
import { expect, type Page } from "@playwright/test";
import path from "node:path";

export const SAMPLES = path.resolve(import.meta.dirname, "..", "fixtures", "samples");

// The evidence panel is open on an empty timeline, else behind its "Add evidence" button.
export async function openEvidencePanel(page: Page): Promise<void> {
  const panel = page.getByRole("region", { name: "Add evidence" });
  const opener = page.getByRole("button", { name: "Add evidence", expanded: false });
  await expect(panel.or(opener)).toBeVisible();
  if (await opener.isVisible()) await opener.click();
  await expect(panel).toBeVisible();
}

export async function addFiles(page: Page, reference: string, files: string[]): Promise<void> {
  await page.goto(`/incidents/${reference}/timeline`);
  await openEvidencePanel(page);
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
  await openEvidencePanel(page);
  await page.getByLabel("Paste log lines, a trace export or a chat transcript").fill(text);
  await page.getByRole("button", { name: "Add pasted text" }).click();
  await expect(page.getByTestId("detected-format")).toBeVisible();
  await importPreviewed(page);
}
