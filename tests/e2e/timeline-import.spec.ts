import { expect, test } from "@playwright/test";
import { ADMIN_STATE, createIncident, uniqueName } from "./helpers";
import { addFiles, importPreviewed } from "./timeline-helpers";

test.use({ storageState: ADMIN_STATE });

test("pasted samples are previewed, re-read in another zone, imported in UTC order with their raw lines", async ({
  page,
}) => {
  const reference = await createIncident(page, { title: uniqueName("Pool shrink") });
  await addFiles(page, reference, ["apache-error.log", "logfmt.log", "syslog-rfc3164.log"]);

  // The preview names each format, counts entries and states its assumptions.
  const [apache, logfmt, syslog] = [0, 1, 2].map((index) =>
    page.getByTestId("source-preview").nth(index),
  );
  if (!apache || !logfmt || !syslog) throw new Error("missing previews");
  await expect(apache.getByTestId("detected-format")).toHaveText("apache-error");
  await expect(apache.getByTestId("source-counts")).toContainText("18 events");
  await expect(apache.getByTestId("assumptions")).toContainText(/zone|UTC/i);
  await expect(logfmt.getByTestId("detected-format")).toHaveText("logfmt");
  await expect(logfmt.getByTestId("source-counts")).toContainText("18 events");
  await expect(syslog.getByTestId("detected-format")).toHaveText("syslog-rfc3164");
  await expect(syslog.getByTestId("assumptions")).toContainText(/year/i);

  // Apache wrote Paris local time: 10:11:44 local is 09:11:44 UTC.
  await expect(apache.getByTestId("source-range")).toContainText("2026-03-14 10:11:44");
  await apache.getByLabel("Time zone for stamps without one").fill("Europe/Paris");
  await expect(apache.getByTestId("source-range")).toContainText("2026-03-14 09:11:44");
  await syslog.getByLabel(/Reference date/).fill("2026-03-14T09:40:00Z");

  await importPreviewed(page);
  await expect(page.getByTestId("timeline-count")).toHaveText(/^\d+ events$/);
  const count = Number((await page.getByTestId("timeline-count").textContent())?.split(" ")[0]);
  expect(count).toBe(18 + 18 + 26);

  // Rows are in UTC order; the first is flagd's 09:08:40 line.
  const times = await page
    .getByTestId("timeline-row")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-time") ?? ""));
  expect(times.length).toBeGreaterThan(10);
  expect([...times].sort()).toEqual(times);
  expect(times[0]).toMatch(/^2026-03-14T09:08:40\./);
  await expect(page.getByTestId("current-day")).toHaveText("Sat 14 Mar 2026");

  // The first Apache line, found by its text, sits at 09:11:44 UTC.
  await page
    .locator(".timeline-filters")
    .getByRole("combobox", { name: /^Source/ })
    .selectOption({ label: "apache-error.log (apache-error)" });
  await expect(page.getByTestId("timeline-count")).toHaveText("18 events");
  const first = page.getByTestId("timeline-row").first();
  await expect(first).toHaveAttribute("data-time", /^2026-03-14T09:11:44/);
  await first.click();
  const panel = page.getByTestId("event-panel");
  await expect(panel.getByTestId("event-time")).toContainText("2026-03-14 09:11:44");
  await panel.getByRole("button", { name: "Show in context" }).click();
  const context = panel.getByTestId("raw-context");
  await expect(context.locator("li")).not.toHaveCount(0);
  await expect(context.locator("li.is-event")).toContainText("10:11:44");
  await expect(context).toContainText("[Sat Mar 14 10:1");
});

test("empty and binary pastes get a clear message and nothing to import", async ({ page }) => {
  const reference = await createIncident(page, { title: uniqueName("Limits") });
  await page.goto(`/incidents/${reference}/timeline`);
  await page.getByRole("button", { name: "Add pasted text" }).click();
  await expect(page.getByRole("region", { name: "Add evidence" }).getByRole("alert")).toContainText(
    "empty",
  );
});
