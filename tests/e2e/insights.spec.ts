// Insights with two accounts: a restricted incident is absent for another member in
// similar incidents, themes and trends (its words, its links and its counts), present for
// the admin; a trend chart downloads as CSV with the same figures.
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_STATE, createIncident, newMemberPage, uniqueName } from "./helpers";

// A word no other test writes, that stemming leaves alone (consonants, no suffix). It
// starts with "aa" so its theme sorts early among themes of as many incidents: the page
// shows the 20 strongest, and the server holds other tests' incidents too.
function uniqueWord(prefix: string): string {
  const letters = "bcdfghjkmnpqrtvwxz";
  let word = `aa${prefix}`;
  for (let index = 0; index < 6; index++) {
    word += letters[Math.floor(Math.random() * letters.length)];
  }
  return `${word}k`;
}

async function writeIncident(
  page: Page,
  fields: {
    title: string;
    services: string;
    restricted?: boolean;
    started: string;
    factor: string;
  },
): Promise<string> {
  const reference = await createIncident(page, {
    title: fields.title,
    severity: "SEV1",
    services: fields.services,
    restricted: fields.restricted,
  });
  await page.getByLabel(/^Started/).fill(fields.started);
  await page.getByLabel(/^Detected/).fill(fields.started.replace(/T10:00$/, "T10:20"));
  await page.getByRole("button", { name: "+ Add contributing factor" }).click();
  await page.getByLabel("Contributing factor 1", { exact: true }).fill(fields.factor);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  return reference;
}

test("a restricted incident stays out of another member's similar incidents, themes and trends", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
  const admin = await adminContext.newPage();
  // A year no other test uses, so this test's month holds only its own incidents
  // (within the 20 years that "All time" reaches back).
  const year = 2008 + Math.floor(Math.random() * 11);
  const started = `${year}-04-14T10:00`;
  const shared = uniqueWord("valv");
  const secretWord = uniqueWord("zepp");
  const service = uniqueName("insight-svc").replace(" ", "-");

  const openTitle = uniqueName("Open valve incident");
  const open = await writeIncident(admin, {
    title: openTitle,
    services: service,
    started,
    factor: `The ${shared} valve stuck open and the ${secretWord} alarm stayed quiet.`,
  });
  const otherTitle = uniqueName("Second valve incident");
  await writeIncident(admin, {
    title: otherTitle,
    services: service,
    started,
    factor: `A ${shared} valve stuck again under load.`,
  });
  const secretTitle = uniqueName("Restricted valve incident");
  const secret = await writeIncident(admin, {
    title: secretTitle,
    services: service,
    restricted: true,
    started,
    factor: `The ${shared} valve and the ${secretWord} alarm failed together.`,
  });

  const { page: member, context: memberContext } = await newMemberPage(browser);

  // Similar incidents on the open incident's overview.
  await member.goto(`/incidents/${open}`);
  const memberSimilar = member.getByTestId("similar-incidents");
  await expect(memberSimilar).toContainText(otherTitle);
  await expect(memberSimilar).toContainText(service);
  await expect(memberSimilar).not.toContainText(secretTitle);
  await admin.goto(`/incidents/${open}`);
  await expect(admin.getByTestId("similar-incidents")).toContainText(secretTitle);

  // Themes: the shared word is a theme of two incidents for the member, three for the
  // admin; the word only the restricted incident shares makes no theme for the member.
  await member.goto("/insights");
  await member
    .getByRole("navigation", { name: "Insights sections" })
    .getByRole("link", { name: "Themes" })
    .click();
  await expect(member).toHaveURL(/\/insights\/themes$/);
  // Found by its heading: other themes (e.g. "load") may quote the same notes.
  const memberTheme = member.getByRole("article", { name: new RegExp(`^${shared}`) });
  await expect(memberTheme).toContainText("2 incidents");
  await expect(memberTheme).toContainText(open);
  await expect(memberTheme).not.toContainText(secret);
  // The open incident's own factor names the word (quoted under the shared theme), but
  // only the restricted incident repeats it: no theme of its own for the member.
  await expect(member.getByRole("heading", { name: new RegExp(secretWord) })).toHaveCount(0);
  await admin.goto("/insights/themes");
  const adminTheme = admin.getByRole("article", { name: new RegExp(`^${shared}`) });
  await expect(adminTheme).toContainText("3 incidents");
  await expect(adminTheme).toContainText(secret);
  await expect(admin.getByRole("heading", { name: new RegExp(secretWord) })).toBeVisible();

  // Trends over all time: April of that year counts the two open SEV1 incidents for the
  // member, all three for the admin; the table under the chart and the CSV say the same.
  const monthRow = `Apr ${year}`;
  await member.goto("/insights?range=all");
  const severityCard = member.locator('[data-chart="severity"]');
  await severityCard.getByText("Show as table").click();
  await expect(severityCard.getByRole("row", { name: new RegExp(`^${monthRow}`) })).toHaveText(
    new RegExp(`${monthRow}\\s*2\\s*0\\s*0\\s*0\\s*2`),
  );
  const downloadPromise = member.waitForEvent("download");
  await severityCard.getByRole("link", { name: /Download .* as CSV/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("debrief-severity-all-time.csv");
  const csv = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text.split("\r\n")[0]).toBe("Month,SEV1,SEV2,SEV3,SEV4,Total");
  expect(text).toContain(`\r\n${monthRow},2,0,0,0,2\r\n`);

  const adminCsv = await admin.request.get("/api/insights/trends/severity?range=all");
  expect(adminCsv.status()).toBe(200);
  expect(await adminCsv.text()).toContain(`\r\n${monthRow},3,0,0,0,3\r\n`);
  // A chart that does not exist is a clear 400, not a 500.
  const unknown = await member.request.get("/api/insights/trends/pie?range=all");
  expect(unknown.status()).toBe(400);
  expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain(
    "There is no chart",
  );

  await memberContext.close();
  await adminContext.close();
});
