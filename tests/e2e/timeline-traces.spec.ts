import { expect, test } from "@playwright/test";
import { ADMIN_STATE, createIncident, uniqueName } from "./helpers";
import { addFiles, importPreviewed } from "./timeline-helpers";

test.use({ storageState: ADMIN_STATE });

test("waterfall, service graph and triangulation render for the sample traces, skew flagged", async ({
  page,
}) => {
  const reference = await createIncident(page, { title: uniqueName("Traces") });
  await addFiles(page, reference, ["jaeger.json", "zipkin-v2.json", "otlp-traces.json"]);
  await expect(page.getByTestId("detected-format").first()).toHaveText("jaeger");
  await importPreviewed(page);

  await page.getByRole("link", { name: /Traces, service graph/ }).click();
  await expect(page).toHaveURL(/\/timeline\/traces$/);

  // payments-api q7w2n runs about 40 ms ahead.
  const warning = page.getByTestId("skew-warning");
  await expect(warning).toContainText("payments-api");
  await expect(warning).toContainText(/≈(39|40) ms ahead/);

  // The Jaeger trace's waterfall, with the skewed spans badged; the toggle adjusts them.
  const waterfall = page.getByTestId("waterfall");
  await waterfall.getByLabel("Trace").selectOption("8a41d2f0c3b94e6fa7d15e2b9c0f3a18");
  await expect(waterfall.getByTestId("waterfall-span")).toHaveCount(8);
  await expect(waterfall.getByTestId("skew-badge").first()).toContainText("+39.5 ms");
  await expect(waterfall.locator(".waterfall-row.is-error")).not.toHaveCount(0);
  await waterfall.getByLabel(/Adjusted for skew/).check();
  await expect(waterfall.getByTestId("skew-badge").first()).toContainText("(adjusted)");

  // The service graph, drawn by React Flow, with calls and errors on the edges.
  const graph = page.getByTestId("service-graph");
  await expect(graph.locator(".react-flow__node")).toHaveCount(5);
  await expect(
    graph.locator(".react-flow__node").filter({ hasText: "payments-api" }),
  ).toContainText("clock skew");
  await expect(
    graph.getByTestId("graph-edge").filter({ hasText: "checkout-web → payments-api" }),
  ).toContainText("5 calls, 2 errors");

  // Triangulation: requests × services with Ochiai scores and exonerated services.
  const matrix = page.getByTestId("triangulation-matrix");
  await expect(matrix.locator("thead th").filter({ hasText: "payments-api" })).toBeVisible();
  await expect(matrix.locator("tbody tr.is-failed")).not.toHaveCount(0);
  await expect(matrix.locator("tbody tr.is-ok")).not.toHaveCount(0);
  await expect(page.getByTestId("score-payments-api")).toHaveText(/^\d\.\d\d$/);
});
