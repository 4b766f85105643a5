// The timeline page built for reading (issue #17), evidence side: the evidence panel opens
// from a button (open at first only on an empty timeline), lines with no service take the
// service set per source in the preview, the service graph reads left to right, a skew two
// trace files report is told once, and triangulation keeps request paths' case.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ADMIN_STATE, createIncident, uniqueName } from "./helpers";
import { addFiles, importPreviewed, SAMPLES } from "./timeline-helpers";

test.use({ storageState: ADMIN_STATE });

test("Add evidence is a button once the timeline has events; keyboard opens and closes it", async ({
  page,
}) => {
  const reference = await createIncident(page, { title: uniqueName("Evidence button") });
  await page.goto(`/incidents/${reference}/timeline`);
  // Empty timeline: the panel is open, there is nothing else to read.
  const panel = page.getByRole("region", { name: "Add evidence" });
  await expect(panel).toBeVisible();
  await expect(
    panel.getByLabel("Paste log lines, a trace export or a chat transcript"),
  ).toBeVisible();

  await addFiles(page, reference, ["logfmt.log"]);
  await importPreviewed(page);

  // With events, the timeline is the page: the panel waits behind a button.
  const opener = page.getByRole("button", { name: "Add evidence", expanded: false });
  await expect(opener).toBeVisible();
  await expect(panel).toHaveCount(0);
  await expect(page.getByLabel("Paste log lines, a trace export or a chat transcript")).toHaveCount(
    0,
  );

  await opener.focus();
  await page.keyboard.press("Enter");
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("heading", { name: "Add evidence" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(opener).toBeFocused();

  await page.keyboard.press("Space");
  await expect(panel).toBeVisible();
  await panel.getByRole("button", { name: "Close" }).click();
  await expect(panel).toHaveCount(0);
});

test("nginx lines take the service set for their source in the preview", async ({ page }) => {
  const reference = await createIncident(page, { title: uniqueName("Source service") });
  await addFiles(page, reference, ["nginx-combined.log"]);
  const service = page.getByTestId("source-service");
  // Guessed from the file name, changeable.
  await expect(service).toHaveValue("nginx");
  await expect(page.getByTestId("source-sample")).toContainText("nginx");
  await service.fill("shop-edge");
  await expect(page.getByTestId("source-sample").locator("li").first()).toContainText("shop-edge");
  await importPreviewed(page);

  const rows = page.getByTestId("timeline-row");
  await expect(rows.first()).toContainText("shop-edge");
  await expect(rows.filter({ hasText: "shop-edge" })).toHaveCount(await rows.count());
  await expect(page.getByLabel("Service").locator("option", { hasText: "shop-edge" })).toHaveCount(
    1,
  );
});

test("traces page: graph reads left to right, a shared skew is told once, paths keep case", async ({
  page,
}) => {
  const reference = await createIncident(page, { title: uniqueName("Reading traces") });
  await page.goto(`/incidents/${reference}/timeline`);
  // The same Jaeger export twice (say, from two collectors): both report the same skew.
  const jaeger = fs.readFileSync(path.join(SAMPLES, "jaeger.json"));
  await page
    .getByRole("region", { name: "Add evidence" })
    .locator('input[type="file"]')
    .setInputFiles([
      { name: "jaeger.json", mimeType: "application/json", buffer: jaeger },
      { name: "jaeger-collector-b.json", mimeType: "application/json", buffer: jaeger },
    ]);
  await expect(page.getByTestId("source-preview")).toHaveCount(2);
  await importPreviewed(page);
  await page.goto(`/incidents/${reference}/timeline/traces`);

  // Skew: said once.
  const warning = page.getByTestId("skew-warning");
  await expect(warning).toContainText("payments-api");
  await expect(warning.getByTestId("skewed-service")).toHaveCount(1);

  // Graph: a caller's edge leaves from its right side, the callee's arrives on its left,
  // and the callee sits to the right of its caller.
  const graph = page.getByTestId("service-graph");
  const caller = graph.locator(".react-flow__node").filter({ hasText: "checkout-web" });
  const callee = graph.locator(".react-flow__node").filter({ hasText: "payments-api" });
  await expect(caller).toBeVisible();
  const callerBox = await caller.boundingBox();
  const calleeBox = await callee.boundingBox();
  const sourceHandle = await caller.locator(".react-flow__handle.source").boundingBox();
  const targetHandle = await callee.locator(".react-flow__handle.target").boundingBox();
  if (!callerBox || !calleeBox || !sourceHandle || !targetHandle) throw new Error("not drawn");
  const centreX = (box: { x: number; width: number }) => box.x + box.width / 2;
  expect(centreX(sourceHandle)).toBeGreaterThan(callerBox.x + callerBox.width * 0.9);
  expect(centreX(targetHandle)).toBeLessThan(calleeBox.x + calleeBox.width * 0.1);
  expect(calleeBox.x).toBeGreaterThan(callerBox.x + callerBox.width);

  // Triangulation: request paths as the traces wrote them, as read on screen.
  const matrix = page.getByTestId("triangulation-matrix");
  const labels = await matrix
    .locator("tbody th")
    .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).innerText));
  expect(labels).toContain("POST /api/checkout · 8a41d2f0");
  const heads = await matrix
    .locator("thead th")
    .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).innerText));
  expect(heads).toContain("payments-api");
});
