// A review meeting from ground rules to pulse, with two people: the facilitator (an admin)
// drives the focus and the participant's page follows it, until they stop following; the
// parking lot, the end of the meeting, the anonymous pulse and the saved record.
import { expect, test } from "@playwright/test";
import { ADMIN_STATE, createIncident, newMemberPage, uniqueName } from "./helpers";
import { pasteEvidence } from "./timeline-helpers";

const LOG = [
  'ts=2026-03-14T09:10:05Z level=info svc=flagd msg="flag payments-api.ledger-pool-tuning enabled"',
  'ts=2026-03-14T09:11:40Z level=error svc=payments-api msg="pool timeout after 2000ms"',
  'ts=2026-03-14T09:12:00Z level=warn svc=payments-api msg="retry budget exhausted"',
].join("\n");

test("a meeting runs from ground rules to pulse, and followers move with the facilitator", async ({
  browser,
}) => {
  const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
  const admin = await adminContext.newPage();
  const reference = await createIncident(admin, { title: uniqueName("Review meeting") });
  await pasteEvidence(admin, reference, LOG);
  const { page: member, context: memberContext } = await newMemberPage(browser, uniqueName("Pia"));

  // The facilitator prepares, starts, agrees to the ground rules and begins the agenda.
  await admin.goto(`/incidents/${reference}/review`);
  await expect(admin.getByTestId("prepare-view")).toContainText("Key moments");
  await admin.getByRole("button", { name: "Start the review meeting" }).click();
  await expect(admin.getByTestId("ground-rules")).toContainText("No counterfactuals.");
  await admin.getByRole("button", { name: "I agree, join the meeting" }).click();
  await admin.getByRole("button", { name: "Begin the agenda" }).click();
  const current = admin.getByTestId("agenda").locator('[aria-current="step"]');
  await expect(current).toContainText("Introduction");
  await expect(admin.getByTestId("meeting-bar")).toContainText("You are leading");

  // The participant sees the ground rules before the agenda, then joins.
  await member.goto(`/incidents/${reference}/review`);
  await expect(member.getByTestId("ground-rules")).toBeVisible();
  await expect(member.getByTestId("agenda")).toHaveCount(0);
  await member.getByRole("button", { name: "I agree, join the meeting" }).click();
  await expect(member.getByTestId("agenda").locator('[aria-current="step"]')).toContainText(
    "Introduction",
  );
  await expect(member.getByTestId("meeting-bar")).toContainText("Following the facilitator");
  await expect(admin.getByTestId("attendees")).toContainText("Pia", { timeout: 5_000 });

  // The facilitator moves on and focuses everyone on an event from the timeline.
  await admin.getByRole("button", { name: "Next: Timeline walk-through" }).click();
  await expect(current).toContainText("Timeline walk-through");
  await admin.goto(`/incidents/${reference}/timeline`);
  await admin.getByTestId("timeline-row").filter({ hasText: "pool timeout" }).click();
  await admin
    .getByTestId("event-panel")
    .getByRole("button", { name: "Focus everyone here" })
    .click();
  await expect(admin.getByText("Everyone following sees this now.")).toBeVisible();

  // The participant's page goes there, with the event open.
  await expect(member).toHaveURL(/\/timeline\?event=/, { timeout: 5_000 });
  await expect(member.getByTestId("event-message")).toContainText("pool timeout after 2000ms");
  const firstFocus = member.url();

  // They stop following: the next focus leaves them where they are.
  await member.getByRole("button", { name: "Stop following" }).click();
  await expect(member.getByTestId("follow-state")).toHaveText("Not following");
  await admin.getByTestId("timeline-row").filter({ hasText: "retry budget" }).click();
  await admin
    .getByTestId("event-panel")
    .getByRole("button", { name: "Focus everyone here" })
    .click();
  await expect(admin.getByText("Everyone following sees this now.")).toBeVisible();
  await member.waitForTimeout(1_500);
  expect(member.url()).toBe(firstFocus);
  await expect(member.getByTestId("event-message")).toContainText("pool timeout after 2000ms");

  // Following again jumps to the current focus.
  await member.getByRole("button", { name: "Follow again" }).click();
  await expect(member.getByTestId("event-message")).toContainText("retry budget exhausted");
  expect(member.url()).not.toBe(firstFocus);
  await expect(member.getByTestId("follow-state")).toHaveText("Following the facilitator");

  // Back in the meeting: the focus with its questions; the participant parks a fix.
  await member.getByRole("link", { name: "Back to the meeting" }).click();
  await expect(member.getByTestId("meeting-focus")).toContainText("retry budget exhausted");
  await expect(member.getByTestId("question-prompts")).toContainText("What were you seeing?");
  await member.getByLabel("Park a proposed fix").fill("Alert when the retry budget runs low");
  await member.getByRole("button", { name: "Park it" }).click();
  await expect(member.getByTestId("parking-lot")).toContainText("Alert when the retry budget");
  await admin.goto(`/incidents/${reference}/review`);
  await expect(admin.getByTestId("parking-lot")).toContainText("Alert when the retry budget");

  // The facilitator ends the meeting; the participant answers the pulse.
  await admin.getByRole("button", { name: "End meeting" }).click();
  await admin.getByRole("button", { name: "Yes, end it" }).click();
  await expect(admin.getByTestId("meeting-record")).toBeVisible();
  await expect(admin.getByTestId("meeting-bar")).toHaveCount(0);
  const pulse = member.getByTestId("pulse-form");
  await expect(pulse).toBeVisible({ timeout: 5_000 });
  await pulse
    .getByRole("group", { name: /learn something new/ })
    .getByLabel("4")
    .check();
  await pulse
    .getByRole("group", { name: /attend another/ })
    .getByLabel("5")
    .check();
  await pulse.getByLabel(/Comment/).fill("The timeline walk-through helped");
  await pulse.getByRole("button", { name: "Send the pulse" }).click();
  await expect(member.getByTestId("pulse-form")).toHaveCount(0);

  // The record is on the Review tab: attendees, time per item, parking lot, pulse summary.
  await member.reload();
  const record = member.getByTestId("meeting-record");
  await expect(record).toContainText("Pia");
  await expect(record).toContainText("Timeline walk-through");
  await expect(record.getByTestId("parking-lot")).toContainText("Alert when the retry budget");
  await expect(record.getByTestId("pulse-summary")).toContainText("1 answer");
  await expect(record.getByTestId("pulse-summary")).toContainText(
    "The timeline walk-through helped",
  );

  // The parked fix becomes an action item on the incident.
  await admin.reload();
  await admin.getByRole("button", { name: "Make it an action item" }).click();
  await expect(admin.getByTestId("meeting-record").getByText("Action item")).toBeVisible();
  await admin.goto(`/incidents/${reference}`);
  await expect(admin.getByRole("textbox", { name: "Action item 1 title" })).toContainText(
    "Alert when the retry budget runs low",
  );

  await memberContext.close();
  await adminContext.close();
});
