import { expect, test } from "@playwright/test";
import { newMemberPage } from "./helpers";

// Through the real server (scripts/serve.mjs): headers a client makes up do not change the
// address the limit counts, and someone else's failures do not lock the person out.
test("rotating X-Forwarded-For or a forged peer header does not reset the sign-in limit", async ({
  browser,
}) => {
  const { context: owner, person } = await newMemberPage(browser);
  const attacker = await browser.newContext();
  const page = await attacker.newPage();
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.setExtraHTTPHeaders({
      "X-Forwarded-For": `198.51.100.${attempt}`,
      "X-Debrief-Peer-Address": `203.0.113.${attempt}`,
    });
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("p[role=alert]")).toHaveText(
      attempt <= 5 ? /do not match/ : /Too many failed sign-in attempts/,
    );
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await Promise.all([owner.close(), attacker.close()]);
});
