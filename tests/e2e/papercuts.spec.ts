// Small things a new user notices: a favicon on every page, and a viewer who opens
// /incidents/new learns why they cannot create one instead of meeting a disabled form.
import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { ADMIN_STATE, uniqueName } from "./helpers";

test("the app has a favicon", async ({ request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/");
});

test("a viewer is told they cannot create incidents, with no disabled form", async ({
  browser,
}) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const adminPage = await admin.newPage();
  const viewer = {
    name: uniqueName("Viewer"),
    email: `${randomUUID().slice(0, 12)}@e2e.test`,
    password: "long enough password",
  };
  await adminPage.goto("/admin/users");
  await adminPage.locator("#new-name").fill(viewer.name);
  await adminPage.locator("#new-email").fill(viewer.email);
  await adminPage.getByLabel("Initial password").fill(viewer.password);
  await adminPage.locator("#new-role").selectOption("viewer");
  await adminPage.getByRole("button", { name: "Add person" }).click();
  await expect(adminPage.getByText(`Account created for ${viewer.email}`)).toBeVisible();
  await admin.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(viewer.email);
  await page.getByLabel("Password").fill(viewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/incidents$/);
  await expect(page.getByRole("link", { name: "New incident" })).toHaveCount(0);

  await page.goto("/incidents/new");
  await expect(page.getByRole("status")).toContainText("Viewers can read incidents");
  await expect(page.getByRole("button", { name: "Create incident" })).toHaveCount(0);
  await expect(page.getByLabel("Title")).toHaveCount(0);
  await context.close();
});
