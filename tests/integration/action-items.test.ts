// Action items across incidents on a real database: only incidents the viewer may see,
// every filter, overdue marked from the viewer's today, open work first, and tracker
// links that are links only when they are http(s).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseActionItemFilters } from "@/lib/action-items/action-item-filters";
import { listActionItemChoices } from "@/lib/action-items/list-action-item-choices";
import { listActionItems } from "@/lib/action-items/list-action-items";
import type { ActionItemInput } from "@/lib/incidents/schema";
import { makeIncident, makeUser } from "./factories";

const TODAY = "2026-06-15";
const item = (title: string, overrides: Partial<ActionItemInput> = {}): ActionItemInput => ({
  title,
  ownerId: null,
  dueDate: "",
  status: "open",
  trackerUrl: "",
  ...overrides,
});

async function setup() {
  const alice = await makeUser("member", "Alice Owner");
  const bob = await makeUser("member", "Bob Owner");
  const outsider = await makeUser("member", "Olga Outsider");
  const admin = await makeUser("admin");
  const tag = Math.random().toString(36).slice(2, 8);
  const open = await makeIncident(alice, {
    services: [`checkout-${tag}`],
    actionItems: [
      item(`Alert on pool saturation ${tag}`, {
        ownerId: alice.id,
        dueDate: "2026-06-01",
        trackerUrl: "https://tracker.example.com/OPS-1",
      }),
      item(`Document the failover ${tag}`, { ownerId: bob.id, dueDate: "2026-07-01" }),
      item(`Retire the old runbook ${tag}`, {
        ownerId: alice.id,
        dueDate: "2026-05-01",
        status: "done",
      }),
    ],
  });
  const hidden = await makeIncident(alice, {
    visibility: "restricted",
    services: [`ledger-${tag}`],
    actionItems: [item(`Secret fix ${tag}`, { ownerId: bob.id, dueDate: "2026-06-02" })],
  });
  return { alice, bob, outsider, admin, tag, open, hidden };
}

const titles = (rows: { title: string }[]) => rows.map((row) => row.title.replace(/ \w+$/, ""));

describe("action items across incidents", () => {
  it("list only what the viewer may see, open work first, soonest due first", async () => {
    const { outsider, admin, alice, tag, open } = await setup();
    const filters = parseActionItemFilters({ incident: open });
    const mine = await listActionItems(outsider, filters, TODAY);
    expect(titles(mine.rows)).toEqual([
      "Alert on pool saturation",
      "Document the failover",
      "Retire the old runbook",
    ]);
    // The restricted incident's item reaches neither the list nor the choices.
    const everything = await listActionItems(outsider, parseActionItemFilters({}), TODAY);
    expect(everything.rows.some((row) => row.title.includes(`Secret fix ${tag}`))).toBe(false);
    const choices = await listActionItemChoices(outsider);
    expect(choices.services).toContain(`checkout-${tag}`);
    expect(choices.services).not.toContain(`ledger-${tag}`);
    // Participants and admins do see it.
    for (const viewer of [alice, admin]) {
      const all = await listActionItems(viewer, parseActionItemFilters({}), TODAY);
      expect(all.rows.some((row) => row.title === `Secret fix ${tag}`)).toBe(true);
    }
  });

  it("filter by owner, mine, status, due dates, overdue and service", async () => {
    const { alice, bob, tag, open } = await setup();
    const list = async (user: typeof alice, params: Record<string, string>) =>
      titles(
        (await listActionItems(user, parseActionItemFilters({ incident: open, ...params }), TODAY))
          .rows,
      );

    expect(await list(alice, { owner: "mine" })).toEqual([
      "Alert on pool saturation",
      "Retire the old runbook",
    ]);
    expect(await list(alice, { owner: bob.id })).toEqual(["Document the failover"]);
    expect(await list(alice, { status: "done" })).toEqual(["Retire the old runbook"]);
    expect(await list(alice, { status: "not_done" })).toEqual([
      "Alert on pool saturation",
      "Document the failover",
    ]);
    expect(await list(alice, { due: "overdue" })).toEqual(["Alert on pool saturation"]);
    expect(await list(alice, { dueAfter: "2026-06-01", dueBefore: "2026-06-30" })).toEqual([
      "Alert on pool saturation",
    ]);
    const byService = await listActionItems(
      alice,
      parseActionItemFilters({ service: `checkout-${tag}` }),
      TODAY,
    );
    expect(byService.rows).toHaveLength(3);
  });

  it("mark overdue items and link only safe tracker URLs", async () => {
    const { alice, open } = await setup();
    // A stored javascript: link (from before validation, or written around it) stays text.
    await db.actionItem.updateMany({
      where: { incident: { number: Number(open.slice(4)) }, status: "done" },
      data: { trackerUrl: " JavaScript:alert(1)" },
    });
    const { rows } = await listActionItems(
      alice,
      parseActionItemFilters({ incident: open }),
      TODAY,
    );
    const [first, second, done] = rows;
    expect(first?.isOverdue).toBe(true);
    expect(first?.trackerHref).toBe("https://tracker.example.com/OPS-1");
    expect(second?.isOverdue).toBe(false);
    expect(done?.isOverdue).toBe(false);
    expect(done?.trackerText).toBe(" JavaScript:alert(1)");
    expect(done?.trackerHref).toBeNull();
  });
});
