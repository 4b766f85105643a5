// Live updates: what one person changes appears for everyone else looking at the incident
// within a second, without a reload, marked for a moment.
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_STATE, createIncident, newMemberPage, uniqueName } from "./helpers";
import { pasteEvidence } from "./timeline-helpers";

const LOG = [
  'ts=2026-03-14T09:10:05Z level=info svc=flagd msg="flag payments-api.ledger-pool-tuning enabled"',
  'ts=2026-03-14T09:11:40Z level=error svc=payments-api msg="pool timeout after 2000ms"',
].join("\n");

// A page that reloads loses this mark; one updated in place keeps it.
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
}
async function expectNotReloaded(page: Page): Promise<void> {
  expect(await page.evaluate(() => "notReloaded" in window)).toBe(true);
}

test("a timeline edit and a new event appear for the other person within a second", async ({
  browser,
}) => {
  const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
  const admin = await adminContext.newPage();
  const reference = await createIncident(admin, { title: uniqueName("Live timeline") });
  await pasteEvidence(admin, reference, LOG);
  const { page: member, context: memberContext } = await newMemberPage(browser);
  await member.goto(`/incidents/${reference}/timeline`);
  await expect(member.getByTestId("timeline-row")).toHaveCount(2);
  // The stream is open once the page has settled.
  await member.waitForLoadState("networkidle");
  await markPage(member);

  await admin.getByTestId("timeline-row").filter({ hasText: "pool timeout" }).click();
  const panel = admin.getByTestId("event-panel");
  await panel.getByLabel("Message").fill("Connection pool exhausted (8 of 8 in use)");
  await panel.getByRole("button", { name: "Save event" }).click();
  await expect(panel.getByRole("status")).toHaveText("Saved.");

  const edited = member
    .getByTestId("timeline-row")
    .filter({ hasText: "Connection pool exhausted" });
  await expect(edited).toBeVisible({ timeout: 1_000 });
  await expect(edited).toHaveAttribute("data-live-changed", "true");

  const form = admin.getByRole("region", { name: "Add an event" });
  await form.getByLabel("Time (UTC)").fill("2026-03-14 09:31:00");
  await form.getByLabel("What happened").fill("Rolled the flag back");
  await form.getByRole("button", { name: "Add event" }).click();
  await expect(admin.getByTestId("timeline-row")).toHaveCount(3);
  await expect(member.getByTestId("timeline-row")).toHaveCount(3, { timeout: 1_000 });
  await expectNotReloaded(member);

  await adminContext.close();
  await memberContext.close();
});

test("an overview change reaches an untouched form, and never overwrites typing", async ({
  browser,
}) => {
  const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
  const admin = await adminContext.newPage();
  const title = uniqueName("Live overview");
  const reference = await createIncident(admin, { title });
  const { page: member, context: memberContext } = await newMemberPage(browser);
  await member.goto(`/incidents/${reference}`);
  await member.waitForLoadState("networkidle");
  await markPage(member);

  await admin.getByLabel("Summary").fill("Payments failed for 14 minutes.");
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.getByText("Saved.")).toBeVisible();
  await expect(member.getByLabel("Summary")).toHaveValue("Payments failed for 14 minutes.", {
    timeout: 1_000,
  });

  // The member starts typing; the admin's next save is announced, not applied over it.
  await member.getByLabel("Impact").fill("Checkout errors for some customers");
  await admin.getByLabel("Summary").fill("Payments failed for 15 minutes.");
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(member.getByText("Someone else just saved changes")).toBeVisible({
    timeout: 1_000,
  });
  await expect(member.getByLabel("Impact")).toHaveValue("Checkout errors for some customers");
  await expectNotReloaded(member);

  await adminContext.close();
  await memberContext.close();
});
