// Issue #14: "Export (JSON)" writes the whole review, "Import review (JSON)" brings it back
// as a new incident; a file that is not an export is refused with its reasons and nothing
// is saved.
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { createIncident, newMemberPage, uniqueName } from "./helpers";

test("a review exported as JSON imports as a new incident; a bad file is refused", async ({
  browser,
}) => {
  const { page, context } = await newMemberPage(browser);
  const title = uniqueName("Exported review");
  const reference = await createIncident(page, { title, services: "payments-api" });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export (JSON)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${reference}.debrief.json`);
  const file = await download.path();
  const exported = JSON.parse(fs.readFileSync(file, "utf8")) as { incident: { title: string } };
  expect(exported.incident.title).toBe(title);

  await page.goto("/incidents");
  await page.getByRole("link", { name: "Import review (JSON)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import a review (JSON)");
  const input = page.getByLabel("Exported review (.json)");
  const submit = page.getByRole("button", { name: "Import as a new incident" });

  // Not JSON at all, then JSON that is not an export: each says why, nothing is saved.
  await input.setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("hello"),
  });
  await submit.click();
  await expect(page.getByTestId("import-error")).toContainText("notes.txt is not JSON");
  const broken = { ...JSON.parse(fs.readFileSync(file, "utf8")), exportedAt: "last week" };
  await input.setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await submit.click();
  await expect(page.getByTestId("import-error")).toContainText("exportedAt: Use an ISO time");
  await expect(page.getByTestId("import-error")).toContainText("Nothing was saved.");

  await input.setInputFiles(file);
  await submit.click();
  const done = page.getByTestId("import-done");
  await expect(done).toContainText("Imported as INC-");
  await done.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(page.url()).not.toContain(reference);
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByTestId("history-entry").first()).toContainText(
    "imported this review from a JSON export",
  );
  await context.close();
});
