// The review as a document: a viewer gets the read view with every section that has
// content and can download it; an editor switches between Read and Edit and back.
import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ADMIN_STATE } from "./helpers";

const root = path.resolve(import.meta.dirname, "..", "..");
const port = process.env.E2E_PORT ?? "3100";

interface Seeded {
  reference: string;
  title: string;
  viewer: string;
  password: string;
}

function seedReview(): Seeded {
  const databaseUrl = fs.readFileSync(
    path.join(root, "tests", "e2e", ".auth", `database-url-${port}`),
    "utf8",
  );
  const output = execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/e2e/seed-review.ts"],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
  );
  return JSON.parse(output.trim().split("\n").pop() ?? "{}") as Seeded;
}

const SECTIONS = [
  "Summary and impact",
  "Narrative",
  "Key moments",
  "Evidence over time",
  "Contributing factors",
  "Where we got lucky",
  "Participants’ notes",
  "Where mental models diverged",
  "Action items",
  "Review meeting record",
];

test("a viewer reads the review as a document and downloads it", async ({ browser }) => {
  test.setTimeout(120_000);
  const seeded = seedReview();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(seeded.viewer);
  await page.getByLabel("Password").fill(seeded.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/incidents$/, { timeout: 30_000 });

  // Asking for the form changes nothing: a viewer always reads.
  await page.goto(`/incidents/${seeded.reference}?view=edit`);
  const view = page.getByTestId("read-view");
  await expect(view).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "View" })).toHaveCount(0);

  // Every section with content, each in the contents and as a heading.
  const contents = view.getByRole("navigation", { name: "Contents" });
  for (const title of SECTIONS) {
    await expect(contents.getByRole("link", { name: title })).toBeVisible();
    await expect(view.getByRole("heading", { level: 2, name: title })).toBeVisible();
  }
  await expect(contents.getByRole("link")).toHaveCount(SECTIONS.length);

  // The title block: times with their zone, the durations, services and roles.
  await expect(view.getByText("Times are shown in")).toBeVisible();
  await expect(view.locator(".read-facts div", { hasText: "Time to detect" })).toContainText(
    "3 min",
  );
  await expect(view.getByText("Observer")).toBeVisible();

  // Content, with pasted markup as text.
  await expect(view.getByText("A third of checkouts failed for 21 minutes <script>")).toBeVisible();
  await expect(view.getByRole("heading", { name: "What people saw" })).toBeVisible();
  await expect(view.locator("#key-moments")).toContainText("PaymentsApiHighLatency fired");
  await expect(view.locator("#key-moments")).toContainText("First page");
  const chart = view.getByTestId("evidence-chart");
  await expect(chart.getByRole("img", { name: /^Events per minute by service/ })).toBeVisible();
  await expect(chart.locator(".recharts-reference-line")).toHaveCount(2);
  await chart.getByRole("button", { name: "Level" }).click();
  await expect(chart.getByRole("img", { name: /^Events per minute by level/ })).toBeVisible();
  await expect(view.locator("#notes")).toContainText("The error-rate panel was still flat.");
  await expect(view.locator("#notes")).not.toContainText("Kept to myself.");
  await expect(view.locator("#divergence")).toContainText("When I was paged");
  await expect(view.locator("#action-items")).toContainText("Add a retry budget to checkout-web");
  await expect(view.locator("#action-items")).toContainText("In progress");
  await expect(view.locator("#meeting")).toContainText("We walked the timeline.");

  // Contents links move to their section.
  await contents.getByRole("link", { name: "Action items" }).click();
  await expect(page).toHaveURL(/#action-items$/);

  // Download: the PDF, from the keyboard-reachable form.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${seeded.reference}-review.pdf`);
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  await context.close();
});

test("an editor gets the form on a review in progress and switches to Read and back", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const seeded = seedReview();
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  const page = await context.newPage();
  await page.goto(`/incidents/${seeded.reference}`);
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(seeded.title);
  const switcher = page.getByRole("navigation", { name: "View" });
  await expect(switcher.getByRole("link", { name: "Edit" })).toHaveAttribute(
    "aria-current",
    "page",
  );

  // To Read, from the keyboard.
  await switcher.getByRole("link", { name: "Read" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?view=read$/);
  await expect(page.getByTestId("read-view")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveCount(0);
  await expect(switcher.getByRole("link", { name: "Read" })).toHaveAttribute(
    "aria-current",
    "page",
  );

  // And back to Edit: the form, with its values.
  await switcher.getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveURL(/\?view=edit$/);
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(seeded.title);
  await expect(page.getByTestId("read-view")).toHaveCount(0);
  await context.close();
});
