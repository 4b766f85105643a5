// The action-items page across incidents: a viewer sees only the incidents they may see,
// filters by status and owner ("mine"), overdue items are marked, and the CSV export
// holds the rows the filters chose. Each test seeds its own incidents.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { createIncident, newMemberPage, uniqueName } from "./helpers";

interface IncidentJson {
  version: number;
  values: { participants: { userId: string }[] } & Record<string, unknown>;
}

// Sets an incident's action items through the JSON API, as a script would.
async function setActionItems(
  page: Page,
  origin: string,
  reference: string,
  items: { title: string; mine: boolean; dueDate: string; status: string; trackerUrl?: string }[],
) {
  const current = (await (
    await page.request.get(`/api/incidents/${reference}`)
  ).json()) as IncidentJson;
  const me = current.values.participants[0]?.userId ?? null;
  const response = await page.request.put(`/api/incidents/${reference}`, {
    headers: { origin },
    data: {
      baseVersion: current.version,
      values: {
        ...current.values,
        actionItems: items.map((item) => ({
          title: item.title,
          ownerId: item.mine ? me : null,
          dueDate: item.dueDate,
          status: item.status,
          trackerUrl: item.trackerUrl ?? "",
        })),
      },
    },
  });
  expect(response.status()).toBe(200);
}

test("action items filter, mark overdue work and export what they show", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? "").origin;
  const tag = uniqueName("ai").split(" ")[1]!;
  const alice = await newMemberPage(browser, uniqueName("Alice"));
  const bob = await newMemberPage(browser, uniqueName("Bob"));

  const shared = await createIncident(alice.page, {
    title: uniqueName("Checkout stall"),
    services: `checkout-${tag}`,
  });
  await setActionItems(alice.page, origin, shared, [
    {
      title: `Alert on pool saturation ${tag}`,
      mine: true,
      dueDate: "2020-01-15",
      status: "open",
      trackerUrl: "https://tracker.example.com/OPS-1",
    },
    {
      title: `Write the failover runbook ${tag}`,
      mine: false,
      dueDate: "2099-01-01",
      status: "in_progress",
    },
    { title: `Retire the old dashboard ${tag}`, mine: true, dueDate: "2020-02-01", status: "done" },
  ]);
  const secret = await createIncident(alice.page, {
    title: uniqueName("Restricted"),
    services: `checkout-${tag}`,
    restricted: true,
  });
  await setActionItems(alice.page, origin, secret, [
    { title: `Secret fix ${tag}`, mine: true, dueDate: "2020-03-01", status: "open" },
  ]);

  // A javascript: tracker link is refused at the door, next to its field.
  const current = (await (
    await alice.page.request.get(`/api/incidents/${shared}`)
  ).json()) as IncidentJson & { values: { actionItems: Record<string, unknown>[] } };
  const refused = await alice.page.request.put(`/api/incidents/${shared}`, {
    headers: { origin },
    data: {
      baseVersion: current.version,
      values: {
        ...current.values,
        actionItems: current.values.actionItems.map((entry, index) =>
          index === 0 ? { ...entry, trackerUrl: " JavaScript:alert(document.cookie)" } : entry,
        ),
      },
    },
  });
  expect(refused.status()).toBe(400);
  expect(
    ((await refused.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors[
      "actionItems.0.trackerUrl"
    ],
  ).toEqual(["Use a full http(s) link."]);

  // Alice: everything on the checkout service, including her restricted incident.
  const page = alice.page;
  await page.goto("/action-items");
  await page.getByLabel("Service").selectOption(`checkout-${tag}`);
  await page.getByRole("button", { name: "Apply filters" }).click();
  const rows = page.getByTestId("action-item-row");
  await expect(rows).toHaveCount(4);
  // Open work first, soonest due first; done work last.
  await expect(rows.first()).toContainText(`Alert on pool saturation ${tag}`);
  await expect(rows.last()).toContainText(`Retire the old dashboard ${tag}`);

  // Overdue: past due and not done; done work is never overdue.
  const overdue = rows.filter({ hasText: `Alert on pool saturation ${tag}` });
  await expect(overdue).toHaveAttribute("data-overdue", "true");
  await expect(overdue.getByText("Overdue", { exact: true })).toBeVisible();
  await expect(
    rows.filter({ hasText: `Retire the old dashboard ${tag}` }).getByText("Overdue"),
  ).toHaveCount(0);
  await expect(overdue.getByRole("link", { name: "tracker.example.com/OPS-1" })).toHaveAttribute(
    "href",
    "https://tracker.example.com/OPS-1",
  );

  // Status filter.
  await page.getByLabel("Status").selectOption("in_progress");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`Write the failover runbook ${tag}`);

  // "Mine": Alice's own items across both incidents, whatever their status.
  await page.getByLabel("Status").selectOption("");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await page.getByRole("link", { name: "Mine" }).click();
  await expect(page).toHaveURL(/owner=mine/);
  await expect(rows).toHaveCount(3);
  await expect(page.getByText(`Write the failover runbook ${tag}`)).toHaveCount(0);

  // The export holds exactly the filtered rows.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  const csv = fs.readFileSync(await download.path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe(
    "Incident,Incident title,Action item,Owner,Status,Due date,Overdue,Services,Tracker link",
  );
  expect(csv).toContain(`Alert on pool saturation ${tag}`);
  expect(csv).toContain(`Secret fix ${tag}`);
  expect(csv).not.toContain(`Write the failover runbook ${tag}`);
  expect(csv).toMatch(new RegExp(`Alert on pool saturation ${tag},[^,]*,Open,2020-01-15,yes`));

  // Bob is not on the restricted incident: it is in neither his list nor his export.
  await bob.page.goto(`/action-items?service=checkout-${tag}`);
  await expect(bob.page.getByTestId("action-item-row")).toHaveCount(3);
  await expect(bob.page.getByText(`Secret fix ${tag}`)).toHaveCount(0);
  await expect(bob.page.getByLabel("Incident").locator("option", { hasText: secret })).toHaveCount(
    0,
  );
  const bobCsv = await (
    await bob.page.request.get(`/api/action-items/export?service=checkout-${tag}`)
  ).text();
  expect(bobCsv).toContain(`Alert on pool saturation ${tag}`);
  expect(bobCsv).not.toContain(`Secret fix ${tag}`);

  // Bob owns nothing: "mine" says so plainly.
  await bob.page.goto(`/action-items?owner=mine&service=checkout-${tag}`);
  await expect(bob.page.getByTestId("action-items-empty")).toContainText(
    "No action items match these filters",
  );

  await alice.context.close();
  await bob.context.close();
});
