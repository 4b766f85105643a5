// Two participants write "what I knew then" notes with different visibilities: the other
// sees only the shared one, on the Notes page and in the timeline's lanes, and the private
// one is absent from the page and from the API even with the other's own cookies.
import { expect, test, type Page } from "@playwright/test";
import { createIncident, newMemberPage, uniqueName } from "./helpers";
import { pasteEvidence } from "./timeline-helpers";

const LOG = [
  'ts=2026-03-14T09:10:05Z level=info svc=flagd msg="flag enabled"',
  'ts=2026-03-14T09:11:40Z level=error svc=payments-api msg="pool timeout"',
  'ts=2026-03-14T09:14:00Z level=info svc=payments-api msg="pool recovered"',
].join("\n");

async function writeNote(
  page: Page,
  reference: string,
  note: { text: string; visibility: string; event?: string; time?: string },
) {
  await page.goto(`/incidents/${reference}/models`);
  await page.getByRole("button", { name: "Write a note" }).click();
  const form = page.getByRole("form", { name: "New note" });
  if (note.event) {
    await form.getByLabel("A timeline event").check();
    await form.getByLabel("Find an event by its words or service").fill(note.event);
    await form
      .getByRole("button", { name: new RegExp(note.event) })
      .first()
      .click();
    await expect(form.getByTestId("anchor-event")).toContainText(note.event);
  } else {
    await form.getByLabel(/Date and time/).fill(note.time ?? "2026-03-14T10:12");
  }
  await form.locator("#new-note-noticed").click();
  await page.keyboard.type(note.text);
  await form.getByLabel("Who can read it").selectOption({ label: note.visibility });
  await form.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("status")).toHaveText("Note added.");
  await expect(page.getByTestId("my-notes").getByText(note.text)).toBeVisible();
}

test("a private note stays private; a shared one reaches the page and the lanes", async ({
  browser,
}) => {
  const alice = await newMemberPage(browser, uniqueName("Alice"));
  const bob = await newMemberPage(browser, uniqueName("Bob"));
  const reference = await createIncident(alice.page, { title: uniqueName("Notes") });
  await pasteEvidence(alice.page, reference, LOG);

  const secret = uniqueName("alice-private-cue");
  const shared = uniqueName("alice-shared-cue");
  const bobs = uniqueName("bob-shared-cue");
  await writeNote(alice.page, reference, { text: secret, visibility: "Only me (private)" });
  await writeNote(alice.page, reference, {
    text: shared,
    visibility: "Everyone on the incident",
    event: "pool timeout",
  });
  await writeNote(bob.page, reference, {
    text: bobs,
    visibility: "Everyone on the incident",
    time: "2026-03-14T10:13",
  });

  // The author sees a clear badge for each.
  const aliceCards = alice.page.getByTestId("my-notes").getByTestId("note-card");
  await expect(aliceCards.filter({ hasText: secret }).getByTestId("note-visibility")).toHaveText(
    "Private: only you",
  );
  await expect(aliceCards.filter({ hasText: shared }).getByTestId("note-visibility")).toHaveText(
    "Shared with everyone on the incident",
  );

  // Bob: the shared note, under Alice's name; never the private one.
  await bob.page.goto(`/incidents/${reference}/models`);
  const sharedWithBob = bob.page.getByTestId("shared-notes");
  await expect(sharedWithBob.getByText(shared)).toBeVisible();
  await expect(sharedWithBob.getByRole("heading", { name: alice.person.name })).toBeVisible();
  await expect(bob.page.getByText(secret)).toHaveCount(0);
  // Bob reads it but cannot change it.
  await expect(
    sharedWithBob
      .getByTestId("note-card")
      .filter({ hasText: shared })
      .getByRole("button", { name: "Edit" }),
  ).toHaveCount(0);

  // The API, with Bob's own cookies: the shared note, not the private one.
  const api = await bob.page.request.get(`/api/incidents/${reference}/notes`);
  expect(api.status()).toBe(200);
  const body = await api.text();
  expect(body).toContain(shared);
  expect(body).not.toContain(secret);
  const lanesApi = await bob.page.request.get(`/api/incidents/${reference}/notes?view=lanes`);
  expect(await lanesApi.text()).not.toContain(secret);

  // The lanes on Bob's timeline: his own lane and Alice's, her shared note on its event.
  await bob.page.goto(`/incidents/${reference}/timeline`);
  await expect(bob.page.getByTestId("timeline-row").first()).toBeVisible();
  await bob.page.getByLabel("Participant lanes").check();
  const laneNotes = bob.page.getByTestId("lane-note");
  await expect(laneNotes.filter({ hasText: shared })).toHaveCount(1);
  await expect(laneNotes.filter({ hasText: bobs })).toHaveCount(1);
  await expect(laneNotes.filter({ hasText: secret })).toHaveCount(0);
  const timeoutRow = bob.page
    .getByTestId("timeline-row")
    .filter({ hasText: "pool timeout" })
    .locator("xpath=..");
  await expect(timeoutRow.getByTestId("lane-note")).toHaveText(shared);

  // "Write a note here" in the event panel opens a new note at that event.
  await timeoutRow.getByTestId("timeline-row").click();
  await bob.page.getByRole("link", { name: "Write a note here" }).click();
  const fromEvent = bob.page.getByRole("form", { name: "New note" });
  await expect(fromEvent.getByTestId("anchor-event")).toContainText("pool timeout");

  // Alice sees both of hers in her lane.
  await alice.page.goto(`/incidents/${reference}/timeline`);
  await alice.page.getByLabel("Participant lanes").check();
  await expect(alice.page.getByTestId("lane-note").filter({ hasText: secret })).toHaveCount(1);
  await expect(alice.page.getByTestId("lane-note").filter({ hasText: bobs })).toHaveCount(1);

  // Withdrawn to private, it leaves Bob's page.
  await alice.page.goto(`/incidents/${reference}/models`);
  await alice.page
    .getByTestId("note-card")
    .filter({ hasText: shared })
    .getByLabel("Who can read it")
    .selectOption("private");
  await expect(alice.page.getByRole("status")).toHaveText("Note withdrawn: private again.");
  await bob.page.goto(`/incidents/${reference}/models`);
  await expect(bob.page.getByText(shared)).toHaveCount(0);

  await alice.context.close();
  await bob.context.close();
});

test("two tabs: words merge live, a second save of the moment compares; bad input explains", async ({
  browser,
}) => {
  const author = await newMemberPage(browser, uniqueName("Eve"));
  const reference = await createIncident(author.page, { title: uniqueName("Note conflict") });
  const first = author.page;

  // Nothing written and no moment: clear messages, nothing saved.
  await first.goto(`/incidents/${reference}/models`);
  await first.getByRole("button", { name: "Write a note" }).click();
  const form = first.getByRole("form", { name: "New note" });
  await expect(form.getByText("Unsaved changes")).toHaveCount(0);
  await form.getByRole("button", { name: "Add note" }).click();
  await expect(form.getByText("Write something in at least one section.")).toBeVisible();
  await expect(
    form.getByText("Choose the moment this note is about: an event, or a date and time."),
  ).toBeVisible();
  await expect(first.getByTestId("note-card")).toHaveCount(0);
  await form.getByRole("button", { name: "Cancel" }).click();
  await writeNote(first, reference, {
    text: "First words.",
    visibility: "Only me (private)",
    time: "2026-03-14T09:15",
  });

  // Two tabs edit the same note. Its words are co-edited live: both tabs' words land.
  const second = await author.context.newPage();
  await second.goto(`/incidents/${reference}/models`);
  await second.getByRole("button", { name: "Edit" }).click();
  await first.getByRole("button", { name: "Edit" }).click();
  for (const page of [first, second])
    await expect(page.getByTestId("collab-status")).toHaveText("Connected");
  await first.locator("[id^=note-][id$=-noticed]").click();
  await first.keyboard.press("End");
  await first.keyboard.type(" Tab one.");
  await expect(second.locator("[id^=note-][id$=-noticed]")).toContainText("Tab one.");
  await second.locator("[id^=note-][id$=-noticed]").click();
  await second.keyboard.press("End");
  await second.keyboard.type(" Tab two.");
  await expect(first.locator("[id^=note-][id$=-noticed]")).toContainText(
    "First words. Tab one. Tab two.",
  );

  // The moment is the form's: the second save of it finds the first.
  await first.getByLabel(/Date and time/).fill("2026-03-14T09:20");
  await first.getByRole("button", { name: "Save note" }).click();
  await expect(first.getByRole("status")).toHaveText("Note saved.");
  await second.getByLabel(/Date and time/).fill("2026-03-14T09:25");
  await second.getByRole("button", { name: "Save note" }).click();
  const conflict = second.getByTestId("note-conflict-view");
  await expect(conflict).toContainText("Nothing has been overwritten. 1 part differs.");
  await expect(conflict).toContainText("2026-03-14 09:20");
  await expect(conflict).toContainText("2026-03-14 09:25");
  await conflict.getByRole("button", { name: "Save merged version" }).click();
  await expect(second.getByRole("status")).toHaveText("Note saved.");
  const card = second.getByTestId("note-card");
  await expect(card).toContainText("First words. Tab one. Tab two.");
  await expect(card.getByRole("heading")).toContainText("09:25");
  await author.context.close();
});
