// Diagrams' privacy and saves, with real accounts through the real data layer: a private
// diagram reaches nobody else by any path (list, one diagram, copy, save, delete, history),
// staged sharing widens who sees it one step at a time, and a stale save is a conflict.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importEvidence } from "@/lib/evidence/import-evidence";
import { listIncidentHistory } from "@/lib/incidents/list-incident-history";
import {
  addComponentAlias,
  listComponentAliases,
  removeComponentAlias,
} from "@/lib/mental-models/component-aliases";
import {
  createDiagram,
  deleteDiagram,
  saveDiagram,
} from "@/lib/mental-models/diagrams/change-diagram";
import { getVisibleDiagram, listVisibleDiagrams } from "@/lib/mental-models/diagrams/diagram-views";
import { getObservedModel } from "@/lib/mental-models/observed-model";
import type { Diagram } from "@/lib/models/diagram";
import { makeIncident, makeUser } from "./factories";

const CONTENT: Diagram = {
  nodes: [
    { id: "api", label: "Payments API", kind: "service", x: 0, y: 0 },
    { id: "db", label: "ledger-db", kind: "datastore", x: 240, y: 0 },
  ],
  edges: [{ id: "e1", from: "api", to: "db", kind: "write", label: "secret pool size" }],
};

async function team() {
  const facilitator = await makeUser("member", "Fran Facilitator");
  const author = await makeUser("member", "Bob Author");
  const colleague = await makeUser("member", "Carol Colleague");
  const admin = await makeUser("admin", "Ada Admin");
  const viewer = await makeUser("viewer", "Vera Viewer");
  const reference = await makeIncident(facilitator, {
    participants: [
      { userId: author.id, role: "participant" },
      { userId: colleague.id, role: "participant" },
    ],
  });
  return { facilitator, author, colleague, admin, viewer, reference };
}

async function drawPrivate(user: Parameters<typeof createDiagram>[0], reference: string) {
  const created = await createDiagram(user, reference, {
    kind: "personal",
    title: "Bob's private picture",
    moment: "when paged",
    momentTime: null,
    start: { from: "blank" },
  });
  if (created.status !== "created") throw new Error(JSON.stringify(created));
  const saved = await saveDiagram(user, reference, {
    diagramId: created.diagramId,
    baseVersion: 1,
    title: "Bob's private picture",
    moment: "when paged",
    momentTime: null,
    visibility: "private",
    content: CONTENT,
  });
  expect(saved).toEqual({ status: "saved", version: 2 });
  return created.diagramId;
}

const share = (
  user: Parameters<typeof saveDiagram>[0],
  reference: string,
  diagramId: string,
  baseVersion: number,
  visibility: "private" | "facilitators" | "incident",
) =>
  saveDiagram(user, reference, {
    diagramId,
    baseVersion,
    title: "Bob's private picture",
    moment: "when paged",
    momentTime: null,
    visibility,
    content: CONTENT,
  });

describe("diagram privacy", () => {
  it("keeps a private diagram from everyone else, by every path", async () => {
    const { facilitator, author, colleague, admin, reference } = await team();
    const diagramId = await drawPrivate(author, reference);

    const own = await listVisibleDiagrams(author, reference);
    expect(own.diagrams.map((diagram) => diagram.id)).toEqual([diagramId]);
    expect((await getVisibleDiagram(author, reference, diagramId)).content).toEqual(CONTENT);

    for (const other of [facilitator, colleague, admin]) {
      expect((await listVisibleDiagrams(other, reference)).diagrams).toEqual([]);
      await expect(getVisibleDiagram(other, reference, diagramId)).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(share(other, reference, diagramId, 2, "incident")).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(deleteDiagram(other, reference, diagramId)).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(
        createDiagram(other, reference, {
          kind: "personal",
          title: "copy",
          moment: "",
          momentTime: null,
          start: { from: "copy", diagramId },
        }),
      ).rejects.toMatchObject({ code: "not_found" });
      // History names the diagram's title and size: only its author sees those entries.
      const history = JSON.stringify(await listIncidentHistory(other, reference));
      expect(history).not.toContain("private picture");
      expect(history).not.toContain(diagramId);
    }
    expect(JSON.stringify(await listIncidentHistory(author, reference))).toContain(
      "private picture",
    );
    // Nothing about it reached the stored audit text either, beyond title and counts.
    const audit = await db.auditEntry.findMany({ where: { action: { startsWith: "model." } } });
    expect(JSON.stringify(audit)).not.toContain("secret pool size");
  });

  it("widens step by step: facilitators, then the incident, then back to private", async () => {
    const { facilitator, author, colleague, reference } = await team();
    const diagramId = await drawPrivate(author, reference);

    expect(await share(author, reference, diagramId, 2, "facilitators")).toMatchObject({
      status: "saved",
    });
    expect((await listVisibleDiagrams(facilitator, reference)).diagrams).toHaveLength(1);
    expect((await listVisibleDiagrams(colleague, reference)).diagrams).toHaveLength(0);
    // Seeing is not changing: a facilitator cannot save someone's diagram.
    await expect(share(facilitator, reference, diagramId, 3, "incident")).rejects.toMatchObject({
      code: "forbidden",
    });

    expect(await share(author, reference, diagramId, 3, "incident")).toMatchObject({
      status: "saved",
    });
    const seen = await getVisibleDiagram(colleague, reference, diagramId);
    expect(seen.canEdit).toBe(false);
    expect(seen.content).toEqual(CONTENT);

    expect(await share(author, reference, diagramId, 4, "private")).toMatchObject({
      status: "saved",
    });
    expect((await listVisibleDiagrams(colleague, reference)).diagrams).toHaveLength(0);
    expect((await listVisibleDiagrams(facilitator, reference)).diagrams).toHaveLength(0);
  });

  it("lets viewers look but never draw", async () => {
    const { viewer, reference } = await team();
    await expect(
      createDiagram(viewer, reference, {
        kind: "personal",
        title: "mine",
        moment: "",
        momentTime: null,
        start: { from: "blank" },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect((await listVisibleDiagrams(viewer, reference)).canCreate).toBe(false);
  });
});

describe("diagram saves", () => {
  it("turns a stale save into a conflict with the winner's diagram", async () => {
    const { author, reference } = await team();
    const diagramId = await drawPrivate(author, reference);
    const renamed = {
      ...CONTENT,
      nodes: CONTENT.nodes.map((n) => ({ ...n, label: `${n.label}!` })),
    };
    const first = await saveDiagram(author, reference, {
      diagramId,
      baseVersion: 2,
      title: "tab one",
      moment: "",
      momentTime: null,
      visibility: "private",
      content: renamed,
    });
    expect(first).toEqual({ status: "saved", version: 3 });
    const second = await share(author, reference, diagramId, 2, "private");
    expect(second).toMatchObject({
      status: "conflict",
      version: 3,
      updatedBy: "Bob Author",
      theirs: { title: "tab one", content: renamed },
    });
    expect((await getVisibleDiagram(author, reference, diagramId)).title).toBe("tab one");
  });

  it("refuses connections to components that are not there, with a message", async () => {
    const { author, reference } = await team();
    const diagramId = await drawPrivate(author, reference);
    const result = await saveDiagram(author, reference, {
      diagramId,
      baseVersion: 2,
      title: "broken",
      moment: "",
      momentTime: null,
      visibility: "private",
      content: { nodes: CONTENT.nodes, edges: [{ ...CONTENT.edges[0], to: "nowhere" }] },
    });
    expect(result).toMatchObject({ status: "invalid" });
    if (result.status === "invalid") {
      expect(Object.values(result.fieldErrors).flat().join(" ")).toContain("not in the diagram");
    }
  });

  it("keeps one reference diagram that anyone who may change the incident can edit", async () => {
    const { facilitator, colleague, reference } = await team();
    const input = {
      kind: "reference",
      title: "Architecture doc",
      moment: "",
      momentTime: null,
      start: { from: "blank" },
    };
    const created = await createDiagram(facilitator, reference, input);
    expect(created.status).toBe("created");
    await expect(createDiagram(colleague, reference, input)).rejects.toMatchObject({
      code: "conflict",
    });
    if (created.status !== "created") return;
    const seen = await getVisibleDiagram(colleague, reference, created.diagramId);
    expect(seen).toMatchObject({ kind: "reference", canEdit: true, visibility: "incident" });
    const saved = await saveDiagram(colleague, reference, {
      diagramId: created.diagramId,
      baseVersion: 1,
      title: "Architecture doc",
      moment: "",
      momentTime: null,
      visibility: "private",
      content: CONTENT,
    });
    expect(saved).toMatchObject({ status: "saved" });
    // A reference diagram cannot be made private.
    expect((await getVisibleDiagram(facilitator, reference, created.diagramId)).visibility).toBe(
      "incident",
    );
  });
});

describe("aliases and the observed model", () => {
  it("lets facilitators set aliases and refuses everyone else", async () => {
    const { facilitator, colleague, reference } = await team();
    const added = await addComponentAlias(facilitator, reference, {
      name: "Ledger DB primary",
      target: "ledger-db",
    });
    expect(added).toMatchObject({ status: "saved", aliases: [{ name: "Ledger DB primary" }] });
    await expect(
      addComponentAlias(colleague, reference, { name: "db1", target: "blogdb" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const same = await addComponentAlias(facilitator, reference, { name: "db", target: "DB" });
    expect(same).toMatchObject({ status: "invalid" });
    if (added.status !== "saved") return;
    const removed = await removeComponentAlias(facilitator, reference, added.aliases[0]!.id);
    expect(removed).toEqual({ status: "saved", aliases: [] });
  });

  it("derives services and calls from the incident's traces and logs", async () => {
    const { facilitator, reference } = await team();
    const traces = readFileSync(
      path.join(process.cwd(), "tests/fixtures/samples/otlp-traces.json"),
      "utf8",
    );
    await importEvidence(facilitator, reference, {
      sources: [
        { name: "otlp-traces.json", text: traces },
        {
          name: "app.log",
          text: 'ts=2026-03-14T09:10:05Z level=info svc=flagd msg="flag enabled"',
        },
      ],
    });
    const incident = await db.incident.findFirstOrThrow({
      where: { number: Number(reference.replace("INC-", "")) },
    });
    const observed = await getObservedModel(incident.id);
    // The OpenTelemetry sample: the card-processor call inside the database transaction.
    expect(observed.edges).toContainEqual(
      expect.objectContaining({ from: "payments-api", to: "card-processor" }),
    );
    const names = observed.services.map((service) => service.name);
    expect(names).toEqual(expect.arrayContaining(["payments-api", "card-processor", "flagd"]));
    // flagd is only named by a log line: observed, with no traced calls.
    expect(observed.services.find((service) => service.name === "flagd")).toMatchObject({
      calls: 0,
      events: 1,
    });
    expect(await listComponentAliases(incident.id)).toEqual([]);
  });
});
