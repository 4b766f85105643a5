// `npm run demo` against the running e2e server's database: it seeds a complete review
// through the app's own code (timeline from every sample format, traces with skew, the
// service graph, triangulation, key moments, language prompts) and a second run adds nothing.
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ADMIN_STATE } from "./helpers";

const TITLE = "Checkout failures after the ledger pool profile rollout";
const root = path.resolve(import.meta.dirname, "..", "..");
const port = process.env.E2E_PORT ?? "3100";

test.use({ storageState: ADMIN_STATE });

function runDemo(databaseUrl: string, ...args: string[]): string {
  return execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/seed-demo.ts", ...args],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
  );
}

test("npm run demo seeds a whole review while the server runs; a second run adds nothing", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const databaseUrl = fs.readFileSync(
    path.join(root, "tests", "e2e", ".auth", `database-url-${port}`),
    "utf8",
  );
  const first = runDemo(databaseUrl);
  const reference = /(?:Seeded |already here \()(INC-\d+)/.exec(first)?.[1];
  expect(reference, first).toBeTruthy();
  for (const email of ["dana", "bob", "priya", "alice", "vera"]) {
    expect(first).toContain(`${email}@debrief.local`);
  }

  const second = runDemo(databaseUrl);
  expect(second).toContain(`already here (${reference})`);
  const database = new Database(databaseUrl.replace(/^file:/, ""), { readonly: true });
  const counts = database
    .prepare(
      `SELECT COUNT(DISTINCT i.id) AS incidents, COUNT(e.id) AS events
         FROM Incident i LEFT JOIN TimelineEvent e ON e.incidentId = i.id WHERE i.title = ?`,
    )
    .get(TITLE) as { incidents: number; events: number };
  const models = database
    .prepare(
      `SELECT (SELECT COUNT(*) FROM ModelNote n WHERE n.incidentId = i.id) AS notes,
              (SELECT COUNT(*) FROM ModelDiagram d WHERE d.incidentId = i.id) AS diagrams,
              (SELECT COUNT(*) FROM ComponentAlias a WHERE a.incidentId = i.id) AS aliases
         FROM Incident i WHERE i.title = ?`,
    )
    .get(TITLE) as { notes: number; diagrams: number; aliases: number };
  database.close();
  expect(counts).toEqual({ incidents: 1, events: 415 });
  expect(models).toEqual({ notes: 4, diagrams: 3, aliases: 1 });

  // The overview: language prompts in the narrative, one dismissed with its reason.
  await page.goto(`/incidents/${reference}`);
  const findings = page.getByTestId("findings-panel");
  await expect(findings).toContainText("should have checked");
  await expect(findings).toContainText("root cause");
  await expect(findings).toContainText("1 dismissed");

  // The timeline holds every sample event, key moments included.
  await page.goto(`/incidents/${reference}/timeline`);
  await expect(page.getByTestId("timeline-count")).toHaveText("415 events");

  // Traces: the skew notice, a waterfall, the service graph and triangulation.
  await page.goto(`/incidents/${reference}/timeline/traces`);
  await expect(page.getByTestId("skew-warning")).toContainText("payments-api");
  await expect(page.getByTestId("waterfall").getByTestId("waterfall-span").first()).toBeVisible();
  await expect(page.getByTestId("service-graph").locator(".react-flow__node")).not.toHaveCount(0);
  await expect(page.getByTestId("triangulation-matrix")).toBeVisible();

  // The history reads as sentences: labels, names, events by their words; never raw ids.
  await page.goto(`/incidents/${reference}/history`);
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("Key moment");
  await expect(history).toContainText("Detection");
  await expect(history).toContainText("[FIRING:1] PaymentsApiHighLatency");
  await expect(history).toContainText("— dismissed: Quoted from the incident channel");
  await expect(history).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await expect(history).not.toContainText("keyMoment");

  // Mental models: the participants' shared diagrams compared with the traces.
  await page.goto(`/incidents/${reference}/models/compare`);
  await expect(page.getByTestId("hidden-dependencies")).toContainText(
    "payments-api → card-processor",
  );
  await expect(page.getByTestId("aliases")).toContainText("Ledger DB primary = ledger-db");

  await page.goto(`/incidents/${reference}/readiness`);
  await expect(page.getByRole("region", { name: "Dismissed notes" })).toContainText(
    "Quoted from the incident channel",
  );
});
