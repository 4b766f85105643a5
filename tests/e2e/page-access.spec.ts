import { expect, test } from "@playwright/test";
import { ADMIN_STATE, createIncident, newMemberPage, uniqueName } from "./helpers";

// Client-side navigation renders only the page segment, not the incident layout above
// it: each page must check access itself, or its content reaches someone who lost access.
for (const [tab, heading] of [
  ["Models", "Mental models: coming next"],
  ["Review", "Review: coming next"],
] as const) {
  test(`the ${tab} page checks access on client-side navigation`, async ({ browser }) => {
    const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
    const admin = await adminContext.newPage();
    const title = uniqueName("Soon restricted");
    const reference = await createIncident(admin, { title });
    const { page: member, context: memberContext } = await newMemberPage(browser);
    // Without live updates (a dropped stream, a proxy that buffers it), which would otherwise
    // take the member off the incident at once: the page itself must check.
    await member.route("**/api/incidents/*/live", (route) => route.abort());

    // The member opens the workspace incident while they may still see it.
    await member.goto(`/incidents/${reference}`);
    await expect(member.getByRole("heading", { level: 1, name: title })).toBeVisible();

    // The admin restricts it; the member is not a participant.
    await admin.getByLabel("Visibility").selectOption("restricted");
    await admin.getByRole("button", { name: "Save changes" }).click();
    await expect(admin.getByRole("status")).toHaveText("Saved.");

    // A click on the tab is a client-side navigation: the page must answer not found.
    await member
      .getByRole("navigation", { name: "Incident sections" })
      .getByRole("link", { name: tab })
      .click();
    await expect(member.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(member.getByRole("heading", { name: heading })).toHaveCount(0);
    await adminContext.close();
    await memberContext.close();
  });
}
