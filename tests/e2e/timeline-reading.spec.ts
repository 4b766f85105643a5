// The timeline page built for reading (issue #17): messages stay whole in a narrow list,
// every row names its source, assumptions show once per source, "Jump to" proposes the
// incident's start, and a fast run of filter changes never shows an older answer.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { ADMIN_STATE, createIncident, uniqueName } from "./helpers";
import { addFiles, importPreviewed, pasteEvidence } from "./timeline-helpers";

test.use({ storageState: ADMIN_STATE });

const LONG_TAIL =
  "while the ledger writer held every connection of the pool for the duration of a slow settlement batch, so checkout requests queued behind it and timed out after thirty seconds";

function longLog(): string {
  return Array.from(
    { length: 12 },
    (_, index) =>
      `2026-03-14T09:${String(10 + index).padStart(2, "0")}:00Z ERROR payments-api request ${index} failed ${LONG_TAIL}`,
  ).join("\n");
}

// The message is shown whole: not cut, not clipped, and wide enough to read.
async function expectWhole(message: Locator, text: string): Promise<void> {
  await expect(message).toHaveText(text);
  const box = await message.evaluate((element) => ({
    width: element.getBoundingClientRect().width,
    isClipped:
      element.scrollWidth > element.clientWidth + 1 ||
      element.scrollHeight > element.clientHeight + 1,
    parentClipped: (() => {
      const parent = element.parentElement;
      return parent
        ? parent.scrollWidth > parent.clientWidth + 1 ||
            getComputedStyle(parent).textOverflow === "ellipsis"
        : false;
    })(),
  }));
  expect(box.width).toBeGreaterThan(200);
  expect(box.isClipped).toBe(false);
  expect(box.parentClipped).toBe(false);
}

test("at 800 px, and beside the event panel, messages wrap whole and the filters stay in view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 900 });
  const reference = await createIncident(page, { title: uniqueName("Narrow") });
  await pasteEvidence(page, reference, longLog());
  const row = page.getByTestId("timeline-row").filter({ hasText: "request 3 failed" });
  const text = `ERROR payments-api request 3 failed ${LONG_TAIL}`;
  await expectWhole(row.getByTestId("row-message"), text);

  await row.click();
  await expect(page.getByTestId("event-panel")).toBeVisible();
  await expectWhole(row.getByTestId("row-message"), text);

  // The filter bar sticks to the top of the window as the page scrolls.
  await page.evaluate(() => window.scrollBy(0, 700));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  const top = await page
    .getByTestId("timeline-controls")
    .evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(-1);
  expect(top).toBeLessThan(10);
});

async function chipColour(row: Locator): Promise<string> {
  return row.getByTestId("source-chip").evaluate((element) => getComputedStyle(element).color);
}

test("rows name their source in its colour; assumptions show once per source; notes show in rows", async ({
  page,
}) => {
  const reference = await createIncident(page, { title: uniqueName("Sources") });
  await addFiles(page, reference, ["apache-error.log", "syslog-rfc3164.log"]);
  const apache = page.getByTestId("source-preview").nth(0);
  await apache.getByLabel("Time zone for stamps without one").fill("Europe/Paris");
  await expect(apache.getByTestId("source-range")).toContainText("2026-03-14 09:11:44");
  await page
    .getByTestId("source-preview")
    .nth(1)
    .getByLabel(/Reference date/)
    .fill("2026-03-14T09:40:00Z");
  await importPreviewed(page);

  const rows = page.getByTestId("timeline-row");
  const apacheRows = rows.filter({
    has: page.getByTestId("source-chip").getByText("apache-error"),
  });
  const syslogRows = rows.filter({
    has: page.getByTestId("source-chip").getByText("syslog-rfc3164"),
  });
  await expect(apacheRows.first()).toBeVisible();
  await expect(syslogRows.first()).toBeVisible();
  // Every row has a chip; one colour per source, different between sources.
  expect(await rows.getByTestId("source-chip").count()).toBe(await rows.count());
  const apacheColour = await chipColour(apacheRows.first());
  expect(await chipColour(apacheRows.nth(1))).toBe(apacheColour);
  expect(await chipColour(syslogRows.first())).not.toBe(apacheColour);

  // No row repeats the source's assumptions.
  await expect(page.getByTestId("timeline-list")).not.toContainText("zone assumed");
  await expect(page.getByTestId("timeline-list")).not.toContainText("year inferred");

  // The legend states them once, on hover or focus; a zone the person set is not assumed.
  const legend = page.getByTestId("source-legend");
  const syslogChip = legend.getByRole("button", { name: /syslog-rfc3164/ });
  await syslogChip.focus();
  await expect(page.getByRole("tooltip", { name: /syslog-rfc3164/ })).toBeVisible();
  await expect(page.getByRole("tooltip", { name: /syslog-rfc3164/ })).toContainText(/no year/);
  await syslogChip.blur();
  const apacheChip = legend.getByRole("button", { name: /apache-error/ });
  await apacheChip.hover();
  const apacheDetails = page.getByRole("tooltip", { name: /apache-error/ });
  await expect(apacheDetails).toBeVisible();
  await expect(apacheDetails).toContainText("Europe/Paris");
  await expect(apacheDetails).not.toContainText("carry no zone");

  // A key moment's note shows in its row.
  await apacheRows.first().click();
  const panel = page.getByTestId("event-panel");
  await panel.getByRole("combobox", { name: "Key moment" }).selectOption("detection");
  await panel.getByLabel("Key moment note").fill("First sign of the pool running dry");
  await panel.getByRole("button", { name: "Save event" }).click();
  await expect(apacheRows.first().getByTestId("key-moment-note")).toHaveText(
    "First sign of the pool running dry",
  );
});

async function setStart(page: Page, reference: string, startedAt: string): Promise<void> {
  const origin = new URL(page.url()).origin;
  const current = (await (await page.request.get(`/api/incidents/${reference}`)).json()) as {
    version: number;
    values: Record<string, unknown>;
  };
  const response = await page.request.put(`/api/incidents/${reference}`, {
    headers: { origin },
    data: { baseVersion: current.version, values: { ...current.values, startedAt } },
  });
  expect(response.ok()).toBe(true);
}

test("Jump to proposes the first event, then the incident's start once it is set", async ({
  page,
}) => {
  const reference = await createIncident(page, { title: uniqueName("Jump") });
  await pasteEvidence(page, reference, longLog());
  const jump = page.getByLabel("Jump to (UTC)");
  await expect(jump).toHaveValue("2026-03-14 09:10");

  await setStart(page, reference, "2026-03-14T09:14");
  await page.reload();
  await expect(jump).toHaveValue(/^2026-03-14 \d\d:14$/);
  await expect(jump).not.toHaveValue("2026-03-14 09:10");
});

test("a fast run of filter and search changes shows the last query's answer, never an older one", async ({
  page,
}) => {
  const reference = await createIncident(page, { title: uniqueName("Race") });
  await addFiles(page, reference, ["logfmt.log"]);
  await importPreviewed(page);
  await expect(page.getByTestId("timeline-count")).toHaveText("18 events");

  // The first filtered answer (level = warn) is slowed down well past the next one.
  const failed: string[] = [];
  page.on("requestfailed", (request) => failed.push(request.url()));
  let isFirst = true;
  await page.route(/\/timeline\?.*level=warn/, async (route) => {
    if (!isFirst) return route.continue();
    isFirst = false;
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await route.fulfill({ response }).catch(() => undefined);
  });

  const filters = page.locator(".timeline-filters");
  await filters.getByRole("combobox", { name: /^Level/ }).selectOption("warn");
  // While the slow answer is on its way the count does not show the old total.
  await expect(page.getByTestId("timeline-count")).not.toHaveText("18 events", { timeout: 1_000 });
  await filters.getByRole("searchbox").fill("heartbeat");

  const count = page.getByTestId("timeline-count");
  await expect(count).toHaveText(/^\d+ events?$/);
  const shown = await count.textContent();
  // The slow, older answer arrives (or is abandoned) and changes nothing.
  await page.waitForTimeout(3_000);
  await expect(count).toHaveText(shown ?? "");
  const rows = page.getByTestId("timeline-row");
  const messages = await rows.getByTestId("row-message").allTextContents();
  for (const message of messages) expect(message).toContain("heartbeat");
  // The list matches the server's answer to the last query.
  const answer = (await (
    await page.request.get(`/api/incidents/${reference}/timeline?level=warn&q=heartbeat`)
  ).json()) as { total: number };
  expect(shown).toBe(`${answer.total} event${answer.total === 1 ? "" : "s"}`);
  expect(messages.length).toBe(answer.total);
  // The older request was abandoned, not merely ignored.
  expect(failed.some((url) => url.includes("level=warn") && !url.includes("q="))).toBe(true);
});
