// Mental models, diagrams side (issue #11): two participants draw the system as each
// understood it — one on the canvas forms, one from pasted Mermaid — and the compare view
// shows the matrix, a component only one of them drew, and the hidden dependency the
// incident's traces show; a private diagram stays invisible to the other participant on
// the page, in the comparison and by its address.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_STATE, createIncident, newMemberPage, uniqueName } from "./helpers";
import { addFiles, importPreviewed } from "./timeline-helpers";

const MODELS = path.resolve(import.meta.dirname, "..", "fixtures", "models");

async function newDiagram(page: Page, reference: string, title: string, mermaid?: string) {
  await page.goto(`/incidents/${reference}/models/diagrams`);
  const form = page.getByRole("form", { name: "New diagram" });
  await form.getByLabel("Title").fill(title);
  if (mermaid !== undefined) {
    await form.getByLabel("Start from").selectOption("mermaid");
    await form.getByLabel("Mermaid flowchart", { exact: true }).fill(mermaid);
  }
  await form.getByRole("button", { name: "Create diagram" }).click();
  await expect(page).toHaveURL(/\/models\/diagrams\/[a-z0-9]+$/);
  return page.url();
}

async function share(page: Page) {
  await page.getByLabel("Who can see it").selectOption("incident");
  await expect(page.getByTestId("diagram-save-status")).toHaveText("All changes saved", {
    timeout: 20_000,
  });
}

test("two participants' diagrams compared with each other and with the traces", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // The admin creates the incident (and so facilitates it); each participant has their own
  // browser context.
  const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
  const page = await adminContext.newPage();
  const reference = await createIncident(page, { title: uniqueName("Models compare") });
  await addFiles(page, reference, ["otlp-traces.json"]);
  await importPreviewed(page);

  // Bob draws on the canvas, with the keyboard forms beside it.
  const bob = await newMemberPage(browser, uniqueName("Bob"));
  await newDiagram(bob.page, reference, "When I recognised my change");
  const add = bob.page.getByRole("form", { name: "Add a component" });
  for (const [name, kind] of [
    ["checkout-web", "client"],
    ["Payments API", "service"],
    ["ledger-db", "datastore"],
    ["flagd", "service"],
  ] as const) {
    await add.getByLabel("Name").fill(name);
    await add.getByLabel("Kind").selectOption(kind);
    await add.getByRole("button", { name: "Add component" }).click();
  }
  const connect = bob.page.getByRole("form", { name: "Add a connection" });
  for (const [from, to] of [
    ["checkout-web", "Payments API"],
    ["Payments API", "ledger-db"],
    ["Payments API", "flagd"],
  ]) {
    await connect.getByLabel("From").selectOption({ label: from });
    await connect.getByLabel("To").selectOption({ label: to });
    await connect.getByRole("button", { name: "Add connection" }).click();
  }
  await expect(bob.page.getByTestId("diagram-connections").getByRole("listitem")).toHaveCount(3);
  await share(bob.page);

  // A second diagram of Bob's stays private.
  const privateUrl = await newDiagram(bob.page, reference, "Bob private afterthoughts");
  await bob.page
    .getByRole("form", { name: "Add a component" })
    .getByLabel("Name")
    .fill("secret-cache");
  await bob.page.getByRole("button", { name: "Add component" }).click();
  await expect(bob.page.getByTestId("diagram-save-status")).toHaveText("All changes saved", {
    timeout: 20_000,
  });

  // Alice starts from her architecture doc's Mermaid.
  const alice = await newMemberPage(browser, uniqueName("Alice"));
  const mermaid = fs.readFileSync(path.join(MODELS, "alice-ledger-db.mmd"), "utf8");
  await newDiagram(alice.page, reference, "When paged at 09:13", mermaid);
  await expect(alice.page.getByTestId("diagram-components").getByRole("listitem")).toHaveCount(5);
  await expect(alice.page.getByTestId("diagram-components")).toContainText("PgBouncer");
  await share(alice.page);

  // Alice sees Bob's shared diagram, never his private one: not listed, not compared, and
  // its address answers "not found".
  await alice.page.goto(`/incidents/${reference}/models/diagrams`);
  await expect(alice.page.getByRole("link", { name: /When I recognised my change/ })).toBeVisible();
  await expect(alice.page.getByText("Bob private afterthoughts")).toHaveCount(0);
  await alice.page.goto(privateUrl);
  await expect(alice.page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(alice.page.getByText("secret-cache")).toHaveCount(0);
  await expect(alice.page.getByText("Bob private afterthoughts")).toHaveCount(0);

  // The facilitator says "Ledger DB primary" is ledger-db, then compares.
  await page.goto(`/incidents/${reference}/models/compare`);
  const aliases = page.getByRole("form", { name: "Add an alias" });
  await aliases.getByLabel("Name").fill("Ledger DB primary");
  await aliases.getByLabel("is the same component as").fill("ledger-db");
  await aliases.getByRole("button", { name: "Add alias" }).click();
  await expect(page.getByTestId("aliases")).toContainText("Ledger DB primary = ledger-db");

  const matrix = page.getByTestId("component-matrix");
  // Both drew the ledger database (Alice as "Ledger DB primary", joined by the alias), and
  // the traces show it.
  await expect(
    matrix.getByRole("row", { name: /^ledger-db ✓ ✓ as Ledger DB primary \d+ calls?$/ }),
  ).toBeVisible();
  await expect(
    matrix.getByRole("columnheader", { name: /When I recognised my change/ }),
  ).toBeVisible();
  await expect(matrix.getByRole("columnheader", { name: /When paged at 09:13/ })).toBeVisible();
  await expect(page.getByTestId("hidden-dependencies")).toContainText(
    "payments-api → card-processor",
  );
  const onlySome = page.getByTestId("only-some");
  await expect(onlySome.getByRole("listitem").filter({ hasText: "PgBouncer" })).toContainText(
    "When paged at 09:13",
  );
  await expect(onlySome.getByRole("listitem").filter({ hasText: "flagd" })).toContainText(
    "When I recognised my change",
  );
  await expect(page.getByText("Bob private afterthoughts")).toHaveCount(0);
  await expect(matrix).not.toContainText("secret-cache");

  // Alice's comparison has Bob's shared diagram and not his private one.
  await alice.page.goto(`/incidents/${reference}/models/compare`);
  await expect(alice.page.getByTestId("component-matrix")).toContainText("checkout-web");
  await expect(alice.page.getByTestId("component-matrix")).not.toContainText("secret-cache");

  await bob.context.close();
  await alice.context.close();
  await adminContext.close();
});
