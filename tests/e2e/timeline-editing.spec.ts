import { expect, test } from "@playwright/test";
import { ADMIN_STATE, createIncident, newMemberPage, uniqueName } from "./helpers";
import { pasteEvidence } from "./timeline-helpers";

const LOG = [
  'ts=2026-03-14T09:10:05Z level=info svc=flagd msg="flag payments-api.ledger-pool-tuning enabled"',
  'ts=2026-03-14T09:11:40Z level=error svc=payments-api msg="pool timeout after 2000ms"',
  'ts=2026-03-14T09:12:00Z level=debug svc=flagd msg="heartbeat"',
].join("\n");

test("two people edit the same event: the second sees a conflict, and nothing is lost", async ({
  browser,
}) => {
  const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
  const admin = await adminContext.newPage();
  const reference = await createIncident(admin, { title: uniqueName("Timeline conflict") });
  await pasteEvidence(admin, reference, LOG);
  const { page: member, context: memberContext } = await newMemberPage(browser);
  await member.goto(`/incidents/${reference}/timeline`);

  // Both open the pool timeout event.
  for (const page of [admin, member]) {
    await page.getByTestId("timeline-row").filter({ hasText: "pool timeout" }).click();
    await expect(page.getByTestId("event-panel").getByLabel("Message")).toBeVisible();
  }

  // The admin saves first: a clearer message and a key moment.
  const adminPanel = admin.getByTestId("event-panel");
  await adminPanel.getByLabel("Message").fill("Connection pool exhausted (8 of 8 in use)");
  await adminPanel.getByRole("combobox", { name: /^Key moment/ }).selectOption("detection");
  await adminPanel.getByLabel("Key moment note").fill("First sign the pool shrank");
  await adminPanel.getByRole("button", { name: "Save event" }).click();
  await expect(adminPanel.getByRole("status")).toHaveText("Saved.");

  // The member, on the old version, changes the service.
  const memberPanel = member.getByTestId("event-panel");
  await memberPanel.getByLabel("Service").fill("payments-api (m8r2t)");
  await memberPanel.getByRole("button", { name: "Save event" }).click();
  const conflict = member.getByTestId("event-conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId("conflict-theirs")).toContainText("Connection pool exhausted");
  await expect(conflict.getByTestId("conflict-mine")).toContainText("payments-api (m8r2t)");

  // Take theirs, re-apply the member's change on top, save.
  await conflict.getByRole("button", { name: "Take theirs" }).click();
  await expect(memberPanel.getByLabel("Message")).toHaveValue(
    "Connection pool exhausted (8 of 8 in use)",
  );
  await memberPanel.getByLabel("Service").fill("payments-api (m8r2t)");
  await memberPanel.getByRole("button", { name: "Save event" }).click();
  await expect(memberPanel.getByRole("status")).toHaveText("Saved.");

  // Both changes survive, the original text stays visible, and the history has both edits.
  await admin.reload();
  await admin.getByTestId("timeline-row").filter({ hasText: "Connection pool exhausted" }).click();
  await expect(adminPanel.getByLabel("Service")).toHaveValue("payments-api (m8r2t)");
  await expect(adminPanel.getByTestId("event-original")).toContainText("pool timeout after 2000ms");
  await expect(adminPanel.getByLabel("Key moment note")).toHaveValue("First sign the pool shrank");
  await admin.goto(`/incidents/${reference}/history`);
  await expect(
    admin.getByTestId("history-entry").filter({ hasText: "edited a timeline event" }),
  ).toHaveCount(2);

  await adminContext.close();
  await memberContext.close();
});

test("manual events and key moments persist; a deleted event can be restored", async ({
  browser,
}) => {
  const { page: member, context } = await newMemberPage(browser);
  const reference = await createIncident(member, { title: uniqueName("Manual events") });
  await pasteEvidence(member, reference, LOG);

  // A manual key moment.
  const form = member.getByRole("region", { name: "Add an event" });
  await form.getByLabel("Time (UTC)").fill("2026-03-14 09:31:00");
  await form.getByLabel("Service (optional)").fill("flagd");
  await form.getByLabel("Key moment").selectOption("repair");
  await form.getByLabel("Note on this key moment").fill("Rollback chosen over a hotfix");
  await form.getByLabel("What happened").fill("Bob flips the flag back");
  await form.getByRole("button", { name: "Add event" }).click();
  await expect(form.getByRole("status")).toHaveText("Event added.");

  await member.reload();
  await expect(member.getByTestId("timeline-count")).toHaveText("4 events");
  const keyMomentFilter = member
    .locator(".timeline-filters")
    .getByRole("combobox", { name: /^Key moment/ });
  await keyMomentFilter.selectOption("any");
  await expect(member.getByTestId("timeline-count")).toHaveText("1 event");
  const manual = member.getByTestId("timeline-row").first();
  await expect(manual).toContainText("Repair");
  await expect(manual.getByTestId("source-chip")).toHaveText("by hand");
  await expect(manual.getByTestId("key-moment-note")).toHaveText("Rollback chosen over a hotfix");
  await expect(manual).toHaveAttribute("data-time", "2026-03-14T09:31:00.000Z");
  await manual.click();
  await expect(member.getByTestId("event-panel")).toContainText(/Added by hand by Member/);
  await keyMomentFilter.selectOption("");

  // Delete the heartbeat, find it in the bin, restore it.
  await member.getByTestId("timeline-row").filter({ hasText: "heartbeat" }).click();
  await member.getByTestId("event-panel").getByRole("button", { name: "Delete" }).click();
  await expect(member.getByTestId("timeline-count")).toHaveText("3 events");
  await member.getByLabel("Deleted events").check();
  await expect(member.getByTestId("timeline-count")).toHaveText("1 event in the bin");
  await member.getByTestId("timeline-row").filter({ hasText: "heartbeat" }).click();
  await member.getByTestId("event-panel").getByRole("button", { name: "Restore" }).click();
  await member.getByLabel("Deleted events").uncheck();
  await expect(member.getByTestId("timeline-count")).toHaveText("4 events");
  await context.close();
});
