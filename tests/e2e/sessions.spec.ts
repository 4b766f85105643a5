import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { ADMIN_STATE, newMemberPage } from "./helpers";

// Another browser holding a copy of someone's cookies, as a thief would.
async function copyOf(browser: Browser, context: BrowserContext) {
  const thief = await browser.newContext();
  await thief.addCookies(await context.cookies());
  return thief;
}

test("a copied session cookie stops working after sign-out", async ({ browser }) => {
  const { context, page } = await newMemberPage(browser);
  const thief = await copyOf(browser, context);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/incidents");
  await expect(thiefPage).toHaveURL(/\/incidents$/);
  expect((await thief.request.get("/api/incidents")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await thiefPage.goto("/incidents");
  await expect(thiefPage).toHaveURL(/\/sign-in/);
  expect((await thief.request.get("/api/incidents")).status()).toBe(401);
  await Promise.all([context.close(), thief.close()]);
});

test("a password change ends the other sessions and keeps this one", async ({ browser }) => {
  const { context, page, person } = await newMemberPage(browser);
  const elsewhere = await copyOf(browser, context);
  // A second, real sign-in of the same person.
  const second = await browser.newContext();
  const secondPage = await second.newPage();
  await secondPage.goto("/sign-in");
  await secondPage.getByLabel("Email").fill(person.email);
  await secondPage.getByLabel("Password").fill(person.password);
  await secondPage.getByRole("button", { name: "Sign in" }).click();
  await expect(secondPage).toHaveURL(/\/incidents$/);

  await page.getByRole("link", { name: "Account" }).click();
  await page.getByLabel("Current password").fill(person.password);
  await page.getByLabel("New password").fill("a new long password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();

  expect((await page.request.get("/api/incidents")).status()).toBe(200);
  // The copy shares this session, so it stays; the other sign-in has ended.
  expect((await elsewhere.request.get("/api/incidents")).status()).toBe(200);
  expect((await second.request.get("/api/incidents")).status()).toBe(401);

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await elsewhere.request.get("/api/incidents")).status()).toBe(401);
  await Promise.all([context.close(), elsewhere.close(), second.close()]);
});

test("an admin reset shows a new password once and ends the person's sessions", async ({
  browser,
}) => {
  const { context, person } = await newMemberPage(browser);
  const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
  const admin = await adminContext.newPage();
  await admin.goto("/admin/users");
  await admin
    .getByTestId(`account-${person.email}`)
    .getByRole("button", { name: "Reset password" })
    .click();
  const password = (await admin.getByTestId("issued-password").textContent()) ?? "";
  expect(password.length).toBeGreaterThanOrEqual(16);
  expect((await context.request.get("/api/incidents")).status()).toBe(401);

  const fresh = await browser.newContext();
  const page = await fresh.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/incidents$/);
  await Promise.all([context.close(), adminContext.close(), fresh.close()]);
});

test("sign-in return paths never leave the app", async ({ browser }) => {
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  const page = await context.newPage();
  for (const callback of [
    "%2F%09%2Fevil.example%2F",
    "%2F%0A%2Fevil.example",
    "%2F%5Cevil.example",
  ]) {
    const response = await page.goto(`/sign-in?callbackUrl=${callback}`);
    expect(response?.status()).toBeLessThan(400);
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/incidents$/);
  }
  await context.close();
});
