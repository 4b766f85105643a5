// Full-text search in the browser: an incident found by a phrase that only one of its
// timeline events contains, with the words highlighted and a link to the event; facet
// counts that follow the query; a restricted incident absent for another member from the
// results and the counts (page and API).
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_STATE, createIncident, newMemberPage, uniqueName } from "./helpers";
import { pasteEvidence } from "./timeline-helpers";

// One token the index keeps whole (letters only: digits next to letters split nothing,
// but letters keep the porter stemmer from touching it).
const word = () =>
  `zq${randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 10)}x`;

async function search(page: Page, text: string) {
  const box = page.getByRole("searchbox", { name: "Search incidents" });
  await box.fill(text);
  await expect(page).toHaveURL(
    new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, "(\\+|%20)")}`),
  );
  await expect(page.getByTestId("search-count")).not.toContainText("Searching");
}

function facet(page: Page, key: string, value: string) {
  return page.getByTestId(`facet-${key}`).getByRole("button", { name: new RegExp(`^${value}`) });
}

test("finds an incident by a phrase in one timeline event, highlighted, linked", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  const page = await context.newPage();
  const marker = word();
  const reference = await createIncident(page, { title: uniqueName("Checkout slowness") });
  await pasteEvidence(
    page,
    reference,
    [
      'ts=2026-03-14T09:10:05Z level=info svc=flagd msg="flag enabled"',
      `ts=2026-03-14T09:11:40Z level=error svc=ledger-db msg="replica ${marker} stalled under load"`,
      'ts=2026-03-14T09:14:00Z level=info svc=ledger-db msg="replica recovered"',
    ].join("\n"),
  );

  await page.goto("/search");
  // "/" focuses the box from anywhere on the page.
  await page.getByRole("heading", { name: "Search" }).click();
  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox", { name: "Search incidents" })).toBeFocused();
  await search(page, `"${marker} stalled"`);
  await expect(page.getByTestId("search-count")).toContainText("1 incident match");
  const hit = page.getByTestId("search-hit");
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText(reference);
  const snippet = hit.getByTestId("search-snippet").first();
  await expect(snippet).toContainText("Timeline event");
  await expect(snippet.locator("mark")).toContainText([`${marker} stalled`]);
  await expect(snippet.getByRole("link")).toHaveAttribute(
    "href",
    new RegExp(`/incidents/${reference}/timeline\\?event=`),
  );

  // Arrow down from the box reaches the result; Enter opens it.
  await page.getByRole("searchbox", { name: "Search incidents" }).press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/incidents/${reference}$`));
  await context.close();
});

test("facet counts follow the query, and a facet narrows it", async ({ browser }) => {
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  const page = await context.newPage();
  const shared = word();
  const only = word();
  await createIncident(page, { title: `${shared} failover`, severity: "SEV1" });
  await createIncident(page, { title: `${shared} ${only} latency`, severity: "SEV2" });

  await page.goto(`/search?q=${shared}`);
  await expect(page.getByTestId("search-count")).toContainText("2 incidents match");
  await expect(facet(page, "severity", "SEV1")).toContainText("1");
  await expect(facet(page, "severity", "SEV2")).toContainText("1");

  await search(page, `${shared} ${only}`);
  await expect(page.getByTestId("search-count")).toContainText("1 incident match");
  await expect(facet(page, "severity", "SEV1")).toHaveCount(0);
  await expect(facet(page, "severity", "SEV2")).toContainText("1");

  await search(page, shared);
  await facet(page, "severity", "SEV1").click();
  await expect(page.getByRole("searchbox", { name: "Search incidents" })).toHaveValue(
    `${shared} severity:SEV1`,
  );
  await expect(page.getByTestId("search-count")).toContainText("1 incident match");
  await expect(facet(page, "severity", "SEV1")).toHaveAttribute("aria-pressed", "true");
  await context.close();
});

test("a restricted incident is absent for another member, in results and counts", async ({
  browser,
}) => {
  const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
  const admin = await adminContext.newPage();
  const marker = word();
  const service = `svc-${word()}`;
  const secretTitle = `${marker} secret review`;
  await createIncident(admin, { title: `${marker} open review`, services: service });
  await createIncident(admin, { title: secretTitle, services: service, restricted: true });

  await admin.goto(`/search?q=${marker}`);
  await expect(admin.getByTestId("search-count")).toContainText("2 incidents match");
  await expect(facet(admin, "service", service)).toContainText("2");

  const { page: member, context: memberContext } = await newMemberPage(browser);
  await member.goto(`/search?q=${marker}`);
  await expect(member.getByTestId("search-count")).toContainText("1 incident match");
  await expect(member.getByText(secretTitle)).toHaveCount(0);
  await expect(facet(member, "service", service)).toContainText("1");
  const answer = await member.request.get(`/api/search?q=${encodeURIComponent(marker)}`);
  expect(answer.status()).toBe(200);
  const body = await answer.text();
  expect(body).not.toContain("secret");
  expect((JSON.parse(body) as { total: number }).total).toBe(1);
  await memberContext.close();
  await adminContext.close();
});
