import { expect, test } from "@playwright/test";
import { createIncident, newMemberPage, uniqueName } from "./helpers";

test("a new member signs up, creates an incident, edits it and finds it in the library", async ({
  browser,
}) => {
  const { page, person, context } = await newMemberPage(browser);
  const title = uniqueName("Checkout failures after pool change");
  const service = uniqueName("ledger-db").replace(" ", "-");
  const reference = await createIncident(page, {
    title,
    severity: "SEV2",
    services: `payments-api, ${service}`,
  });

  // Edit fields, factors, lucky notes and an action item, then save.
  await page.getByLabel(/^Started/).fill("2026-03-14T10:10");
  await page.getByLabel(/^Detected/).fill("2026-03-14T10:13");
  await page.getByLabel("Impact").fill("About 38% of checkouts failed for 20 minutes.");
  await page.getByLabel("Summary").fill("A config change shrank the ledger connection pool.");
  await page.getByRole("button", { name: "+ Add contributing factor" }).click();
  await page
    .getByLabel("Contributing factor 1", { exact: true })
    .fill("The pool profile change shipped behind a flag with no load test.");
  await page.getByRole("button", { name: "+ Add contributing factor" }).click();
  await page
    .getByLabel("Contributing factor 2", { exact: true })
    .fill("Client retries tripled the load on a saturated pool.");
  await page.getByRole("button", { name: "+ Add where we got lucky" }).click();
  await page
    .getByLabel("Lucky note 1", { exact: true })
    .fill("The change author was online and recognised the symptom.");
  await page.getByRole("button", { name: "+ Add action item" }).click();
  await page.getByLabel("Action item 1 title").fill("Load-test pool profiles before rollout");
  await page.getByLabel("Action item 1 owner").selectOption({ label: person.name });
  await page.getByLabel("Action item 1 due date").fill("2026-04-01");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");

  // Everything is still there after a reload, times in the viewer's zone (Europe/Berlin).
  await page.reload();
  await expect(page.getByLabel(/^Started/)).toHaveValue("2026-03-14T10:10");
  await expect(page.getByLabel("Contributing factor 2", { exact: true })).toHaveText(
    "Client retries tripled the load on a saturated pool.",
  );
  await expect(page.getByLabel("Lucky note 1", { exact: true })).toHaveText(
    "The change author was online and recognised the symptom.",
  );
  await expect(page.getByLabel("Action item 1 title")).toHaveText(
    "Load-test pool profiles before rollout",
  );
  await expect(page.getByLabel("Action item 1 due date")).toHaveValue("2026-04-01");

  // The history records who changed what.
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByTestId("history-entry").first()).toContainText(
    `${person.name} edited the overview`,
  );
  await expect(page.getByTestId("history-entry").first()).toContainText(
    "Client retries tripled the load",
  );

  // Found in the library by its service, and by text.
  await page.goto(`/incidents?service=${encodeURIComponent(service)}`);
  await expect(page.getByTestId("incident-row")).toHaveCount(1);
  await expect(page.getByTestId("incident-row")).toContainText(title);
  await page.getByLabel("Search incidents").fill(title);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("incident-row").first()).toContainText(reference);
  await context.close();
});

test("invalid input is explained next to the field and nothing is lost", async ({ browser }) => {
  const { page, context } = await newMemberPage(browser);
  await createIncident(page, { title: uniqueName("Validation") });
  await page.getByLabel("Title").fill("");
  await page.getByRole("button", { name: "+ Add action item" }).click();
  await page.getByLabel("Action item 1 tracker link").fill("not a link");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#title-error")).toHaveText("Give the incident a title.");
  await expect(page.getByText("Use a full http(s) link.")).toBeVisible();
  await expect(page.getByLabel("Action item 1 tracker link")).toHaveValue("not a link");
  await context.close();
});
