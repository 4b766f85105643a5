// Bad input gets a clear message next to its field or in the JSON answer, never a 500 or
// a silent drop; control characters typed into titles are stripped, and bidirectional
// controls are shown, so a title cannot pose as something else.
import { expect, test } from "@playwright/test";
import { createIncident, newMemberPage, uniqueName } from "./helpers";

type ErrorBody = { error: { message: string; fields?: Record<string, string[]> } };

test("bad query parameters and bad saves answer 400 with a message", async ({
  browser,
  baseURL,
}) => {
  const { page, context } = await newMemberPage(browser);
  const reference = await createIncident(page, { title: uniqueName("Clear errors") });
  const origin = new URL(baseURL ?? "").origin;

  for (const query of ["at=99999-01-01", "at=2026-13-45T99:99", "limit=100000", "offset=-5"]) {
    const response = await page.request.get(`/api/incidents/${reference}/timeline?${query}`);
    expect(response.status(), query).toBe(400);
    expect(((await response.json()) as ErrorBody).error.message).toMatch(/"(at|limit|offset)"/);
  }

  const current = (await (await page.request.get(`/api/incidents/${reference}`)).json()) as {
    version: number;
    values: Record<string, unknown>;
  };
  const put = (values: Record<string, unknown>) =>
    page.request.put(`/api/incidents/${reference}`, {
      headers: { origin },
      data: { baseVersion: current.version, values: { ...current.values, ...values } },
    });

  // Was silently dropped and reported "saved".
  const badStart = await put({ startedAt: "2026-13-45T99:99" });
  expect(badStart.status()).toBe(400);
  expect(
    ((await badStart.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors,
  ).toEqual({ startedAt: ["That date or time does not exist; use e.g. 2026-03-14 09:10."] });

  // 1.39 MB of narrative: refused by PUT with the same message the form shows.
  const narrative = JSON.stringify({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: "x".repeat(1_390_000) }] }],
  });
  const tooLong = await put({ narrative });
  expect(tooLong.status()).toBe(400);
  expect(
    ((await tooLong.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.narrative,
  ).toEqual([
    "The narrative is too long to save: at most 1,000,000 characters, formatting included.",
  ]);
  await page.goto(`/incidents/${reference}`);
  await expect(page.getByTestId("narrative-limit")).toContainText("At most 1,000,000 characters");
  await context.close();
});

test("a 1 MB manual event message gets a field error", async ({ browser }) => {
  const { page, context } = await newMemberPage(browser);
  const reference = await createIncident(page, { title: uniqueName("Long message") });
  await page.goto(`/incidents/${reference}/timeline`);
  const form = page.getByRole("region", { name: "Add an event" });
  await form.getByLabel("Time (UTC)").fill("2026-13-45 99:99");
  await form.getByLabel("What happened").fill("x".repeat(1024 * 1024));
  await form.getByRole("button", { name: "Add event" }).click();
  await expect(form.getByText("Keep the message under 20,000 characters.")).toBeVisible();
  await expect(
    form.getByText("Enter a valid date and time, e.g. 2026-03-14 09:24:00."),
  ).toBeVisible();
  await expect(form.getByRole("status")).toHaveText("Some fields need attention.");
  await context.close();
});

test("titles lose control characters and show bidirectional overrides", async ({ browser }) => {
  const { page, context } = await newMemberPage(browser);
  const suffix = uniqueName("x").split(" ")[1] ?? "";
  await page.goto("/incidents/new");
  await page.getByLabel("Title").fill(`Invoice\u0007 ${suffix} \u202Egnp.exe`);
  await page.getByRole("button", { name: "Create incident" }).click();
  await expect(page).toHaveURL(/\/incidents\/INC-\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Invoice ${suffix} ⟨U+202E⟩gnp.exe`,
  );
  await context.close();
});
