// Issue #14: a person chooses how times are shown (UTC, their own zone, the incident's
// zone) and the timeline, its event panel, the overview and the read view follow, each time labelled with
// its zone. The browser runs in Europe/Berlin (playwright.config.ts). Each test signs up its
// own member: the choice is per person, and other tests read times in UTC.
import { expect, test } from "@playwright/test";
import { createIncident, newMemberPage, uniqueName } from "./helpers";

test("the zone choice moves the timeline's, the overview's and the read view's times", async ({
  browser,
}) => {
  const { page, context } = await newMemberPage(browser);
  const reference = await createIncident(page, { title: uniqueName("Zones") });

  // A milestone and an event, both written in UTC.
  await page.getByLabel(/^Started/).fill("2026-03-14T09:10");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Saved.");
  await page.goto(`/incidents/${reference}/timeline`);
  const form = page.getByRole("region", { name: "Add an event" });
  await form.getByLabel("Time (UTC)").fill("2026-03-14 23:31:05");
  await form.getByLabel("What happened").fill("Pager fires for checkout");
  await form.getByRole("button", { name: "Add event" }).click();
  await expect(form.getByRole("status")).toHaveText("Event added.");
  await page.reload();

  // UTC by default, as the timeline always showed.
  const zone = page.getByLabel("Times in");
  await expect(zone).toHaveValue("utc");
  const row = page.getByTestId("timeline-row").first();
  await expect(row.getByTestId("row-minute")).toHaveText("23:31");
  await expect(row.getByTestId("row-time")).toHaveText(":05.000");
  await expect(page.getByTestId("timeline-zone")).toHaveText("times in UTC");
  await expect(page.getByTestId("current-day")).toHaveText("Sat 14 Mar 2026");
  await expect(page.getByLabel("Jump to (UTC)")).toBeVisible();

  // Their own zone: Berlin is an hour ahead in March, and past midnight.
  await zone.selectOption("own");
  await expect(row.getByTestId("row-minute")).toHaveText("00:31");
  await expect(page.getByTestId("timeline-zone")).toContainText("Europe/Berlin");
  await expect(page.getByTestId("current-day")).toHaveText("Sun 15 Mar 2026");
  await row.click();
  await expect(page.getByTestId("event-panel").getByTestId("event-time")).toHaveText(
    /^2026-03-15 00:31:05\.000 .+ \(Europe\/Berlin\)$/,
  );
  await expect(page.getByLabel("Jump to (Europe/Berlin)")).toBeVisible();

  // The overview's milestones follow too, labelled with the zone.
  await page.goto(`/incidents/${reference}`);
  await expect(page.getByLabel(/^Started/)).toHaveValue("2026-03-14T10:10");
  await expect(page.locator("label[for=startedAt]")).toContainText("Europe/Berlin");

  // The incident's zone: not set yet, so UTC, and the page says so.
  await page.getByLabel("Times in").selectOption("incident");
  await expect(page.getByTestId("display-zone-note")).toContainText("no time zone yet");
  await expect(page.getByLabel(/^Started/)).toHaveValue("2026-03-14T09:10");

  // Once the incident has one, times are in it: Tokyo is 9 hours ahead of UTC.
  // The save changes the zone in use, so the form starts again from the saved values.
  await page.getByLabel(/^Incident time zone/).fill("Asia/Tokyo");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByLabel(/^Started/)).toHaveValue("2026-03-14T18:10");
  await page.reload();
  await expect(page.getByTestId("display-zone-note")).toHaveText("");
  await expect(page.getByLabel(/^Started/)).toHaveValue("2026-03-14T18:10");
  await expect(page.locator("label[for=startedAt]")).toContainText("Asia/Tokyo");
  await page.goto(`/incidents/${reference}/timeline`);
  await expect(page.getByTestId("timeline-row").first().getByTestId("row-minute")).toHaveText(
    "08:31",
  );
  await expect(page.getByTestId("timeline-zone")).toContainText("Asia/Tokyo");

  // The read view follows the same choice: the incident's zone, then UTC.
  await page.goto(`/incidents/${reference}?view=read`);
  const document = page.getByTestId("read-view");
  await expect(document).toContainText("Times are shown in Asia/Tokyo time.");
  await expect(document).toContainText("14 Mar 2026, 18:10:00");
  await page.getByLabel("Times in").selectOption("utc");
  await expect(document).toContainText("Times are shown in UTC.");
  await expect(document).toContainText("14 Mar 2026, 09:10:00");
  await expect(document).not.toContainText("18:10:00");
  await page.getByLabel("Times in").selectOption("incident");
  await expect(document).toContainText("Asia/Tokyo");

  // A zone that does not exist is refused next to the field.
  await page.goto(`/incidents/${reference}`);
  await page.getByLabel(/^Incident time zone/).fill("Mars/Olympus");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#incidentTimeZone-error")).toContainText("Choose a time zone");

  // The choice is the person's: it is on their account page too, and stays.
  await page.goto("/account");
  await expect(page.getByLabel("Show times in")).toHaveValue("incident");
  await context.close();
});
