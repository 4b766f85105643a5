// Shared steps for the end-to-end tests. Each test creates the people and incidents it
// needs, with unique names, so tests never depend on each other's data.
import { expect, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

export const ADMIN = {
  name: "Ada Admin",
  email: "admin@e2e.test",
  password: "correct horse battery",
};
export const ADMIN_STATE = "tests/e2e/.auth/admin.json";

export function uniqueName(prefix: string): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}

export async function signUp(
  page: Page,
  person: { name: string; email: string; password: string },
): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  // Hashing the password can take seconds on a loaded machine.
  await expect(page).toHaveURL(/\/incidents$/, { timeout: 30_000 });
}

export async function newMemberPage(browser: Browser, name = uniqueName("Member")) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const person = {
    name,
    email: `${randomUUID().slice(0, 12)}@e2e.test`,
    password: "long enough password",
  };
  await signUp(page, person);
  return { context, page, person };
}

export async function createIncident(
  page: Page,
  fields: {
    title: string;
    severity?: string;
    services?: string;
    restricted?: boolean;
    /** A review template's name; without one the incident starts blank, as tests expect. */
    template?: string;
  },
): Promise<string> {
  await page.goto("/incidents/new");
  await page.getByLabel("Review template").selectOption(fields.template ?? "");
  await page.getByLabel("Title").fill(fields.title);
  if (fields.severity) await page.getByLabel("Severity").selectOption(fields.severity);
  if (fields.services) await page.getByLabel(/Affected services/).fill(fields.services);
  if (fields.restricted) await page.getByLabel("Visibility").selectOption("restricted");
  await page.getByRole("button", { name: "Create incident" }).click();
  await expect(page).toHaveURL(/\/incidents\/INC-\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: fields.title })).toBeVisible();
  return page.url().split("/").pop() ?? "";
}
