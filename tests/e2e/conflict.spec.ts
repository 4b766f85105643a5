import { expect, test } from "@playwright/test";
import { ADMIN_STATE, createIncident, newMemberPage, uniqueName } from "./helpers";

test.describe("two people editing the same incident", () => {
  test("the second save shows the conflict, merges field by field and loses nothing", async ({
    browser,
  }) => {
    const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
    const admin = await adminContext.newPage();
    const reference = await createIncident(admin, { title: uniqueName("Conflict") });
    const { page: member, context: memberContext, person } = await newMemberPage(browser);

    // Both open the same version.
    await member.goto(`/incidents/${reference}`);
    await expect(member.getByLabel("Title")).toBeVisible();

    // The member starts editing the summary. An untouched form would follow the admin's save
    // live; one with unsaved changes keeps them and stays on the old version.
    await member.getByLabel("Summary").fill("Written by the member while the admin renamed it.");

    // The admin saves first: a new title.
    const newTitle = uniqueName("Renamed by the admin");
    await admin.getByLabel("Title").fill(newTitle);
    await admin.getByRole("button", { name: "Save changes" }).click();
    await expect(admin.getByRole("status")).toHaveText("Saved.");

    // The member, still on the old version, saves.
    await member.getByRole("button", { name: "Save changes" }).click();
    const conflict = member.getByTestId("conflict-view");
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText("Ada Admin saved this incident while you were editing");
    await expect(member.getByTestId("conflict-title")).toContainText(newTitle);
    await expect(member.getByTestId("conflict-summary")).toContainText("Written by the member");
    // Defaults keep each side's own change.
    await expect(
      member.getByTestId("conflict-title").getByRole("radio", { name: /Take Ada Admin's/ }),
    ).toBeChecked();
    await expect(
      member.getByTestId("conflict-summary").getByRole("radio", { name: /Keep mine/ }),
    ).toBeChecked();
    await member.getByRole("button", { name: "Save merged version" }).click();
    await expect(member.getByRole("status")).toHaveText("Saved.");

    // Both changes survive.
    await admin.reload();
    await expect(admin.getByLabel("Title")).toHaveValue(newTitle);
    await expect(admin.getByLabel("Summary")).toHaveValue(
      "Written by the member while the admin renamed it.",
    );
    await admin.getByRole("link", { name: "History" }).click();
    await expect(admin.getByTestId("history-entry").first()).toContainText(
      `${person.name} edited the overview`,
    );
    await adminContext.close();
    await memberContext.close();
  });

  test("when both change the same field, the overwritten text stays in the history", async ({
    browser,
  }) => {
    const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
    const admin = await adminContext.newPage();
    const reference = await createIncident(admin, { title: uniqueName("Same field") });
    const { page: member, context: memberContext } = await newMemberPage(browser);
    await member.goto(`/incidents/${reference}`);
    await expect(member.getByLabel("Impact")).toBeVisible();

    await member.getByLabel("Impact").fill("Member's account of the impact.");
    await admin.getByLabel("Impact").fill("Admin's account of the impact.");
    await admin.getByRole("button", { name: "Save changes" }).click();
    await expect(admin.getByRole("status")).toHaveText("Saved.");

    await member.getByRole("button", { name: "Save changes" }).click();
    const field = member.getByTestId("conflict-impact");
    await expect(field).toContainText("changed by both");
    await expect(field.getByRole("radio", { name: /Keep mine/ })).toBeChecked();
    await member.getByRole("button", { name: "Save merged version" }).click();
    await expect(member.getByRole("status")).toHaveText("Saved.");

    await admin.goto(`/incidents/${reference}/history`);
    const latest = admin.getByTestId("history-entry").first();
    await expect(latest).toContainText("Admin's account of the impact.");
    await expect(latest).toContainText("Member's account of the impact.");
    await adminContext.close();
    await memberContext.close();
  });
});
