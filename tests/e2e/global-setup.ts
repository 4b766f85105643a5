// The first account of a fresh workspace becomes its admin: create it once and keep its
// session for the tests that act as the admin.
import { chromium, expect, type FullConfig } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { ADMIN, ADMIN_STATE } from "./helpers";

export default async function globalSetup(config: FullConfig) {
  const project = config.projects[0];
  const baseURL = project?.use.baseURL;
  const browser = await chromium.launch(project?.use.launchOptions);
  const page = await browser.newPage({ baseURL });
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { name: "Set up Debrief" })).toBeVisible();
  await page.getByLabel("Name").fill(ADMIN.name);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create account" }).click();
  // Hashing the password can take seconds on a loaded machine.
  await expect(page).toHaveURL(/\/incidents$/, { timeout: 30_000 });
  fs.mkdirSync(path.dirname(ADMIN_STATE), { recursive: true });
  await page.context().storageState({ path: ADMIN_STATE });
  await browser.close();
}
