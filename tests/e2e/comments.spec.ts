// Comments and mentions in the browser, with two people in two contexts: a mention reaches
// the other person's inbox (badge count), opening it lands on the event, replies and
// resolutions appear for the other person live, without reload.
import { expect, test, type Page } from "@playwright/test";
import { createIncident, newMemberPage, uniqueName } from "./helpers";
import { pasteEvidence } from "./timeline-helpers";

// SHOTS=/tmp/shots keeps screenshots of each view for a person to look at.
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SHOTS)
    await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
}

const LOG = [
  'ts=2026-03-14T09:10:05Z level=info svc=flagd msg="flag payments-api.ledger-pool-tuning enabled"',
  'ts=2026-03-14T09:11:40Z level=error svc=payments-api msg="pool timeout after 2000ms"',
].join("\n");

test("a mention reaches the inbox, opens on the event, and the thread stays live", async ({
  browser,
}) => {
  const alma = await newMemberPage(browser, uniqueName("Alma"));
  const bruno = await newMemberPage(browser, uniqueName("Bruno"));
  const a = alma.page;
  const b = bruno.page;
  const reference = await createIncident(a, { title: uniqueName("Comments") });
  await pasteEvidence(a, reference, LOG);
  await a.getByTestId("timeline-row").filter({ hasText: "pool timeout" }).click();
  const panel = a.getByTestId("event-panel");
  const box = panel.getByRole("combobox", { name: "Comment on this event" });

  // Language prompts as you type, without blocking.
  await box.fill("We should have seen this sooner.");
  await expect(panel.getByTestId("comment-language")).toContainText("Ask instead");
  await box.fill("");

  // "@" + the start of Bruno's name opens the list; arrow keys and Enter pick him.
  await box.pressSequentially(`What were you seeing here, @${bruno.person.name.slice(0, 5)}`);
  const options = panel.getByRole("listbox", { name: "People" });
  await expect(options.getByRole("option", { name: bruno.person.name })).toBeVisible();
  await box.press("ArrowDown");
  await box.press("ArrowUp");
  await expect(options.getByRole("option", { name: bruno.person.name })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await box.press("Enter");
  await expect(options).toBeHidden();
  await expect(box).toHaveValue(`What were you seeing here, @${bruno.person.name} `);
  await box.pressSequentially("?");
  await panel.getByRole("button", { name: "Comment", exact: true }).click();
  const thread = panel.getByTestId("comment-thread");
  await expect(thread).toContainText("What were you seeing here");
  await expect(thread.locator("mark.mention")).toHaveText(`@${bruno.person.name}`);
  await expect(box).toHaveValue("");
  await expect(
    a
      .getByTestId("timeline-row")
      .filter({ hasText: "pool timeout" })
      .getByTestId("row-comment-count"),
  ).toContainText("1");

  // Bruno's badge counts it; his inbox lists it unread; opening it lands on the event.
  await b.goto("/incidents");
  await expect(b.getByTestId("inbox-count")).toHaveText("1");
  await b.getByTestId("inbox-link").click();
  await expect(b.getByTestId("inbox-entry")).toHaveCount(1);
  await shot(b, "inbox");
  const entry = b.getByTestId("inbox-entry");
  await expect(entry).toHaveCount(1);
  await expect(entry).toHaveAttribute("data-unread", "true");
  await expect(entry).toContainText(`${alma.person.name} mentioned you`);
  await entry.getByRole("link", { name: "Open" }).click();
  await expect(b).toHaveURL(new RegExp(`/incidents/${reference}/timeline\\?event=`));
  const bPanel = b.getByTestId("event-panel");
  await expect(bPanel.getByTestId("event-message")).toContainText("pool timeout");
  const bThread = bPanel.getByTestId("comment-thread");
  await expect(bThread).toContainText("What were you seeing here");
  await expect(b.getByTestId("inbox-count")).toBeHidden();

  // Bruno replies: it appears in Alma's open panel without a reload.
  await bThread.getByRole("button", { name: "Reply" }).click();
  await bThread.getByRole("combobox", { name: "Reply" }).fill("The pool graph, flat at 8 of 8.");
  await bThread.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(bThread.getByTestId("comment")).toHaveCount(2);
  await expect(thread.getByTestId("comment")).toHaveCount(2, { timeout: 5000 });
  await expect(thread).toContainText("flat at 8 of 8");
  await shot(a, "event-panel-thread");

  // Resolve and reopen, each seen by the other live.
  await bThread.getByRole("button", { name: "Resolve" }).click();
  await expect(bThread.getByTestId("thread-status")).toContainText("Resolved");
  await expect(thread.getByTestId("thread-status")).toContainText(
    `Resolved by ${bruno.person.name}`,
  );
  await thread.getByRole("button", { name: "Reopen" }).click();
  await expect(thread.getByTestId("thread-status")).toHaveText("Open");
  await expect(bThread.getByTestId("thread-status")).toHaveText("Open");

  // Alma hears of the reply in her own inbox.
  await a.goto("/inbox");
  await expect(
    a.getByTestId("inbox-entry").filter({ hasText: `${bruno.person.name} replied` }),
  ).toHaveCount(1);
  await expect(
    a.getByTestId("inbox-entry").filter({ hasText: `${bruno.person.name} resolved` }),
  ).toHaveCount(1);
  await a.getByRole("button", { name: "Mark all read" }).click();
  await expect(a.getByTestId("inbox-count")).toBeHidden();
  await expect(a.getByTestId("inbox-summary")).toHaveText("Everything here is read.");

  await alma.context.close();
  await bruno.context.close();
});

test("comments on a narrative selection and on a diagram's component", async ({ browser }) => {
  const { page, context } = await newMemberPage(browser);
  const reference = await createIncident(page, { title: uniqueName("Narrative comments") });
  const editor = page.getByRole("textbox", { name: "Narrative" });
  await editor.click();
  await page.keyboard.type("Bob saw the pool graph flat at eight. We paged the ledger team.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");

  // Nothing selected: a hint, not an error.
  const panel = page.getByTestId("narrative-comments");
  await panel.getByRole("button", { name: "Comment on selection" }).click();
  await expect(panel.getByRole("status")).toContainText("Select some words");

  // Select "pool graph flat" inside the narrative and comment on it.
  await editor.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const root = document.querySelector("#narrative");
    const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf("pool graph flat") ?? -1;
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + "pool graph flat".length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
  });
  // A small "Comment" button floats by the selection.
  await panel.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(panel.getByTestId("selected-quote")).toHaveText("“pool graph flat”");
  await panel
    .getByRole("combobox", { name: "Comment on the selected words" })
    .fill("Which dashboard was this?");
  await panel.getByRole("button", { name: "Comment", exact: true }).click();
  const thread = panel.getByTestId("comment-thread");
  await expect(thread).toContainText("“pool graph flat”");
  await expect(thread).toContainText("Which dashboard was this?");
  await expect(panel.getByTestId("selected-quote")).toBeHidden();
  await expect(thread.getByTestId("quote-changed")).toBeHidden();
  await shot(page, "overview-narrative-comments");

  // The words change: the thread stays, and says so.
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Bob saw a flat line on the dashboard.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(panel.getByTestId("quote-changed")).toHaveText("The quoted text was since changed.");

  // A diagram's component.
  await page.goto(`/incidents/${reference}/models/diagrams`);
  const form = page.getByRole("form", { name: "New diagram" });
  await form.getByLabel("Title").fill("As I saw it");
  await form.getByLabel("Start from").selectOption("mermaid");
  await form
    .getByLabel("Mermaid flowchart", { exact: true })
    .fill("flowchart LR\n  api[payments-api] --> db[(ledger-db)]");
  await form.getByRole("button", { name: "Create diagram" }).click();
  await expect(page).toHaveURL(/\/models\/diagrams\/[a-z0-9]+$/);
  const comments = page.getByRole("region", { name: "Comments on components" });
  await comments.getByLabel("New thread on").selectOption({ label: "ledger-db" });
  await comments
    .getByRole("combobox", { name: "Comment on ledger-db" })
    .fill("I thought the pool sat in front of this.");
  await comments.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(comments.getByTestId("comment-thread")).toContainText("ledger-db");
  await expect(comments.getByTestId("comment-thread")).toContainText("pool sat in front");
  await shot(page, "diagram-comments");
  await context.close();
});
